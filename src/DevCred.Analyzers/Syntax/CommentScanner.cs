using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers.Syntax;

/// <summary>Finds where comments may start by reading the source text, without walking the tree.</summary>
internal static class CommentScanner
{
    /// <summary>
    /// The next "//" (<paramref name="lineComment"/> true) or "/*" at or after <paramref name="start"/>, or -1. For
    /// "/*" the caller asks the tree first: searching for "*/" from every "/*" inside a string, such as a "**/*.cs"
    /// glob, could read the rest of the file each time. A candidate may sit inside a string.
    /// </summary>
    public static int NextCandidate(SourceText source, int start, out bool lineComment)
    {
        int length = source.Length;
        for (int i = start; i < length - 1; i++)
        {
            if (source[i] != '/')
            {
                continue;
            }

            char next = source[i + 1];
            if (next == '/')
            {
                lineComment = true;
                return i;
            }

            if (next == '*')
            {
                lineComment = false;
                return i;
            }
        }

        lineComment = false;
        return -1;
    }

    /// <summary>#if, #elif or #else: the tree may hold disabled text, which is trivia of its own kind.</summary>
    public static bool HasConditionalDirectives(SyntaxNode root)
        => root.ContainsDirectives
            && root is CSharpSyntaxNode node
            && node.GetFirstDirective(IsConditional) is not null;

    private static bool IsConditional(DirectiveTriviaSyntax directive)
        => directive.IsKind(SyntaxKind.IfDirectiveTrivia)
            || directive.IsKind(SyntaxKind.ElifDirectiveTrivia)
            || directive.IsKind(SyntaxKind.ElseDirectiveTrivia);

    /// <summary>The end of the line that holds <paramref name="start"/>, before its line break.</summary>
    public static int LineEnd(SourceText source, int start)
    {
        int length = source.Length;
        for (int i = start; i < length; i++)
        {
            if (source[i] is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                return i;
            }
        }

        return length;
    }

    /// <summary>
    /// The start of the next run of letters and digits in [start, end) that could hold a credential, or -1. Every
    /// shape reported in comments holds such a run of at least 16 characters that does not read like an identifier:
    /// IDs start with two capitals (LTAI, STS, CAIS) and secrets are random (a random run reads like
    /// "StsCredentialProvider" with p below 1e-6). Doc comments full of long type names are skipped without allocating.
    /// </summary>
    public static int NextCandidateRun(SourceText source, int start, int end, out int length)
    {
        int runStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i < end && CharClass.IsBase62(source[i]))
            {
                continue;
            }

            length = i - runStart;
            if (length >= AccessKeyIdShape.MinimumLength && !PlaceholderShape.LooksLikeIdentifier(source, runStart, length))
            {
                return runStart;
            }

            runStart = i + 1;
        }

        length = 0;
        return -1;
    }

    /// <summary>
    /// The last candidate run (<see cref="NextCandidateRun"/>) on the current line, found once per line, so that a line
    /// holding many "//" (URLs in a string) is read once, not once per "//".
    /// </summary>
    internal struct LineRuns
    {
        private readonly SourceText _source;
        private int _lineEnd;
        private int _lastRunStart;

        public LineRuns(SourceText source)
        {
            _source = source;
            _lineEnd = -1;
            _lastRunStart = -1;
        }

        /// <summary>True when a candidate run lies between <paramref name="position"/> (a '/') and the end of its line.</summary>
        public bool HasCandidateRunFrom(int position)
        {
            if (position >= _lineEnd)
            {
                _lineEnd = LineEnd(_source, position);
                _lastRunStart = -1;
                for (int i = position; (i = NextCandidateRun(_source, i, _lineEnd, out int length)) >= 0; i += length)
                {
                    _lastRunStart = i;
                }
            }

            // A run never contains the '/' at position: it lies wholly before or after it.
            return _lastRunStart > position;
        }
    }
}
