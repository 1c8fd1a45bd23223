using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DevCred.Analyzers.Syntax;

/// <summary>Trivia whose text ships with the source but is not compiled: comments, XML docs, #if-excluded code.</summary>
internal static class CommentTrivia
{
    public static bool IsScanned(SyntaxTrivia trivia)
    {
        switch (trivia.Kind())
        {
            case SyntaxKind.SingleLineCommentTrivia:
            case SyntaxKind.MultiLineCommentTrivia:
            case SyntaxKind.SingleLineDocumentationCommentTrivia:
            case SyntaxKind.MultiLineDocumentationCommentTrivia:
            case SyntaxKind.DisabledTextTrivia:
                return true;
            default:
                return false;
        }
    }
}
