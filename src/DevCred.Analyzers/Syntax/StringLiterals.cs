using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DevCred.Analyzers.Syntax;

/// <summary>The string-bearing nodes the rules inspect, and the text each holds after escapes are applied.</summary>
internal static class StringLiterals
{
    /// <summary>
    /// The literal kinds. Text parts of interpolated strings are read by the action on the whole interpolated string,
    /// which needs to see it anyway: one callback per interpolated string instead of one more per text part.
    /// </summary>
    public static readonly SyntaxKind[] LiteralKinds =
    {
        SyntaxKind.StringLiteralExpression,
        SyntaxKind.Utf8StringLiteralExpression,
    };

    /// <summary>
    /// Regular, verbatim, raw and UTF-8 literals and the text parts of interpolated strings.
    /// ValueText has escapes applied, so "\u004CTAI…" is seen as "LTAI…".
    /// </summary>
    public static bool TryGetText(SyntaxNode node, out string text)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal
                when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                text = literal.Token.ValueText;
                return true;
            case InterpolatedStringTextSyntax part:
                text = part.TextToken.ValueText;
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    /// <summary>The expression that holds the text: the literal, or the whole interpolated string.</summary>
    public static ExpressionSyntax? GetExpression(SyntaxNode node)
        => node as LiteralExpressionSyntax ?? (ExpressionSyntax?)(node.Parent as InterpolatedStringExpressionSyntax);
}
