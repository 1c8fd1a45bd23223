using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using DevCred.Analyzers.Syntax;

namespace DevCred.Analyzers;

/// <summary>Builds the expression or interpolation parts that replace credential text.</summary>
internal static class CredentialReplacements
{
    /// <summary>
    /// A literal that is only a credential becomes <c>credential.AccessKeyId</c>; one that also holds other
    /// text becomes a concatenation that keeps that text. UTF-8 literals go through Encoding.UTF8.
    /// </summary>
    public static ExpressionSyntax ForLiteral(
        LiteralExpressionSyntax literal,
        IReadOnlyList<CredentialFinding> findings,
        System.Func<CredentialKind, ExpressionSyntax> valueFor)
    {
        string text = literal.Token.ValueText;
        ExpressionSyntax? result = null;
        int position = 0;
        foreach (CredentialFinding finding in findings)
        {
            if (finding.Start > position)
            {
                result = Concat(result, StringLiteral(text.Substring(position, finding.Start - position)));
            }

            result = Concat(result, valueFor(finding.Kind));
            position = finding.Start + finding.Length;
        }

        if (position < text.Length)
        {
            result = Concat(result, StringLiteral(text.Substring(position)));
        }

        result ??= StringLiteral(text);
        if (result is BinaryExpressionSyntax)
        {
            result = SyntaxFactory.ParenthesizedExpression(result).WithAdditionalAnnotations(Simplifier.Annotation);
        }

        if (literal.IsKind(SyntaxKind.Utf8StringLiteralExpression))
        {
            // A u8 literal is a ReadOnlySpan<byte>; GetBytes returns byte[]. Unless a declared type or an assignment
            // converts it anyway, a cast keeps the type, so "…"u8.Slice(1), .ToArray() or var still compile.
            ExpressionSyntax bytes = SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("System.Text.Encoding.UTF8.GetBytes").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(result))));
            result = IsConvertedByItsTarget(literal) ? bytes : SyntaxFactory.ParenthesizedExpression(
                    SyntaxFactory.CastExpression(
                            SyntaxFactory.ParseTypeName("System.ReadOnlySpan<byte>").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                            bytes)
                        .WithAdditionalAnnotations(Simplifier.Annotation))
                .WithAdditionalAnnotations(Simplifier.Annotation);
        }

        return result.WithTriviaFrom(literal);
    }

    private static bool IsConvertedByItsTarget(ExpressionSyntax literal)
        => literal.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => !declaration.Type.IsVar,
            AssignmentExpressionSyntax assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == literal,
            _ => false,
        };

    /// <summary>Splits an interpolated string's text part into text and <c>{credential.AccessKeyId}</c> holes.</summary>
    public static IEnumerable<InterpolatedStringContentSyntax> ForInterpolatedText(
        InterpolatedStringTextSyntax part,
        IReadOnlyList<CredentialFinding> findings,
        System.Func<CredentialKind, ExpressionSyntax> valueFor,
        bool verbatim)
    {
        string text = part.TextToken.ValueText;
        int position = 0;
        foreach (CredentialFinding finding in findings)
        {
            if (finding.Start > position)
            {
                yield return InterpolatedText(text.Substring(position, finding.Start - position), verbatim);
            }

            yield return SyntaxFactory.Interpolation(valueFor(finding.Kind));
            position = finding.Start + finding.Length;
        }

        if (position < text.Length)
        {
            yield return InterpolatedText(text.Substring(position), verbatim);
        }
    }

    private static ExpressionSyntax Concat(ExpressionSyntax? left, ExpressionSyntax right)
        => left is null ? right : SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, left, right);

    private static LiteralExpressionSyntax StringLiteral(string value)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    private static InterpolatedStringTextSyntax InterpolatedText(string value, bool verbatim)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            switch (c)
            {
                case '{':
                    escaped.Append("{{");
                    break;
                case '}':
                    escaped.Append("}}");
                    break;
                case '"':
                    escaped.Append(verbatim ? "\"\"" : "\\\"");
                    break;
                case '\\' when !verbatim:
                    escaped.Append("\\\\");
                    break;
                case var control when !verbatim && char.IsControl(control):
                    escaped.Append("\\u").Append(((int)control).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return SyntaxFactory.InterpolatedStringText(
            SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, escaped.ToString(), value, default));
    }
}
