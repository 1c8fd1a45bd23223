using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers.Syntax;

/// <summary>What reading a concatenation or an interpolation piece by piece, from syntax alone, tells.</summary>
internal enum PiecesReading
{
    /// <summary>Not a constant string (a call, a number, an element access among the pieces), or nothing to fold.</summary>
    NotConstant,

    /// <summary>Every piece is a literal: the text is folded without the semantic model.</summary>
    Folded,

    /// <summary>A named constant touches a neighbour where the two could form one credential: ask the semantic model.</summary>
    NeedsConstantValue,

    /// <summary>
    /// Named constants sit only between separators (spaces, commas, brackets): no credential can span two pieces,
    /// and one held whole by a constant is reported where the constant is declared.
    /// </summary>
    NoJoin,
}

/// <summary>
/// Reads <c>"LTAI5t" + Rest</c> or <c>$"{Head}{Tail}"</c> without binding: most concatenations in real code join
/// prose and values (<c>"Hello " + name</c>), and asking the semantic model for their constant value would bind the
/// whole method body for nothing.
/// </summary>
internal static class ConcatenationPieces
{
    /// <summary>Parenthesized groups nested deeper than this are left to the compiler's constant folding.</summary>
    private const int MaxDepth = 200;

    public static PiecesReading Read(BinaryExpressionSyntax add, bool isConstantInitializer, out string text)
    {
        var reader = new Reader();
        reader.Visit(add, 0);
        return reader.Finish(mayFoldWithoutLiteral: isConstantInitializer, add, out text);
    }

    /// <summary>An interpolated string always has holes here, so it never folds from syntax alone.</summary>
    public static PiecesReading Read(InterpolatedStringExpressionSyntax interpolated)
    {
        var reader = new Reader();
        foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
        {
            if (content is InterpolatedStringTextSyntax part)
            {
                reader.Literal(part.TextToken.ValueText);
            }
            else
            {
                reader.Named();
            }
        }

        // $"{Head}{Tail}" is a string even with no text between its holes.
        return reader.Finish(mayFoldWithoutLiteral: true, node: null, out _);
    }

    /// <summary>Characters of credentials themselves: base62, the dot of "STS.", base64's '+', '/', '='.</summary>
    private static bool IsCredentialChar(char c) => CharClass.IsBase62(c) || c is '.' or '+' or '/' or '=';

    /// <summary>
    /// "…secret=" or "…Secret\": \"" before a named constant, or "=…" after one: the constant may be the secret's value
    /// or name (the separators between them are <see cref="EmbeddedSecrets"/>'s).
    /// </summary>
    private static bool HasAssignmentAtEdge(string text, bool atEnd)
    {
        for (int seen = 0; seen < EmbeddedSecrets.MaxSeparators && seen < text.Length; seen++)
        {
            char c = text[atEnd ? text.Length - 1 - seen : seen];
            if (!EmbeddedSecrets.IsSeparator(c))
            {
                return false;
            }

            if (EmbeddedSecrets.IsAssignment(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A struct: reading a concatenation allocates nothing unless it folds into a text long enough to hold a credential.</summary>
    private struct Reader
    {
        private int _literalLength;
        private bool _notConstant;
        private bool _tooDeep;
        private bool _anyLiteral;
        private bool _anyNamed;
        private bool _mayJoin;
        private bool _previousNamed;
        private string? _previousLiteral;

        /// <summary>Set for the second pass, which folds the text of a literal-only concatenation.</summary>
        public StringBuilder? Builder { get; set; }

        /// <summary>
        /// Reads the pieces left to right. "a" + b + c nests to the left, so the left spine is walked down and back up
        /// without recursion, however long the chain; only parenthesized groups on the right recurse.
        /// </summary>
        public void Visit(ExpressionSyntax expression, int depth)
        {
            if (depth > MaxDepth)
            {
                _tooDeep = true;
                return;
            }

            ExpressionSyntax leaf = expression;
            while (true)
            {
                if (leaf is ParenthesizedExpressionSyntax parenthesized)
                {
                    leaf = parenthesized.Expression;
                }
                else if (leaf is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
                {
                    leaf = binary.Left;
                }
                else
                {
                    break;
                }
            }

            VisitLeaf(leaf);
            for (SyntaxNode node = leaf; node != expression && !_notConstant && !_tooDeep; node = node.Parent!)
            {
                if (node.Parent is BinaryExpressionSyntax parent && parent.Left == node)
                {
                    Visit(parent.Right, depth + 1);
                }
            }
        }

        private void VisitLeaf(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    Literal(literal.Token.ValueText);
                    break;
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                    break;
                case IdentifierNameSyntax { IsMissing: true }:
                    // Half-typed code ("LTAI…" + |): the pieces typed so far still fold.
                    break;
                case NameSyntax or MemberAccessExpressionSyntax or CastExpressionSyntax or InterpolatedStringExpressionSyntax
                    or ConditionalExpressionSyntax or DefaultExpressionSyntax:
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }:
                    Named();
                    break;
                default:
                    _notConstant = true;
                    break;
            }
        }

        public void Literal(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            _anyLiteral = true;
            _literalLength += text.Length;
            Builder?.Append(text);
            _mayJoin |= _previousNamed && (IsCredentialChar(text[0]) || HasAssignmentAtEdge(text, atEnd: false));
            _previousNamed = false;
            _previousLiteral = text;
        }

        public void Named()
        {
            _anyNamed = true;
            _mayJoin |= _previousNamed
                || (_previousLiteral is { } before && (IsCredentialChar(before[before.Length - 1]) || HasAssignmentAtEdge(before, atEnd: true)));
            _previousNamed = true;
            _previousLiteral = null;
        }

        public PiecesReading Finish(bool mayFoldWithoutLiteral, ExpressionSyntax? node, out string text)
        {
            text = string.Empty;
            if (_notConstant)
            {
                return PiecesReading.NotConstant;
            }

            if (_tooDeep)
            {
                return PiecesReading.NeedsConstantValue;
            }

            if (!_anyLiteral && !mayFoldWithoutLiteral)
            {
                return PiecesReading.NotConstant;
            }

            if (_anyNamed)
            {
                return _mayJoin || !_anyLiteral ? PiecesReading.NeedsConstantValue : PiecesReading.NoJoin;
            }

            if (node is null || _literalLength < CredentialFinder.MinimumLength)
            {
                return PiecesReading.NotConstant;
            }

            var builder = new StringBuilder(_literalLength);
            var fold = new Reader { Builder = builder };
            fold.Visit(node, 0);
            text = builder.ToString();
            return text.Length > 0 ? PiecesReading.Folded : PiecesReading.NotConstant;
        }
    }
}
