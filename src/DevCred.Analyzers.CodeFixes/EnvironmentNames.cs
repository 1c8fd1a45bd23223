using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using DevCred.Analyzers.Syntax;

namespace DevCred.Analyzers;

/// <summary>The environment variables the Alibaba Cloud SDKs and CLI read, and the code that reads them.</summary>
internal static class EnvironmentNames
{
    public const string AccessKeyId = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    public const string AccessKeySecret = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    public const string SecurityToken = "ALIBABA_CLOUD_SECURITY_TOKEN";

    public static string For(CredentialKind kind) => kind switch
    {
        CredentialKind.AccessKeyId or CredentialKind.StsAccessKeyId => AccessKeyId,
        CredentialKind.AccessKeySecret or CredentialKind.StsAccessKeySecret => AccessKeySecret,
        _ => SecurityToken,
    };

    /// <summary>
    /// <c>(Environment.GetEnvironmentVariable("NAME") ?? throw new InvalidOperationException("…"))</c>: a missing
    /// variable fails at the read with its name, not later with an opaque signature error.
    /// </summary>
    public static ExpressionSyntax Read(CredentialKind kind)
    {
        string name = For(kind);
        ExpressionSyntax read = SyntaxFactory.ParseExpression($"System.Environment.GetEnvironmentVariable(\"{name}\")");
        ExpressionSyntax fail = SyntaxFactory.ThrowExpression(SyntaxFactory.ParseExpression(
            $"new System.InvalidOperationException(\"Set the environment variable {name}.\")"));
        return SyntaxFactory.ParenthesizedExpression(
                SyntaxFactory.BinaryExpression(SyntaxKind.CoalesceExpression, read, fail))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }

    /// <summary>
    /// The plain read, for expression trees, which cannot hold a throw expression; with nullable warnings on, marked
    /// non-null as the literal was, so the fix adds no warning (an unset variable reads as null, as it always does).
    /// </summary>
    public static ExpressionSyntax ReadInExpressionTree(CredentialKind kind, bool nullableWarnings)
    {
        ExpressionSyntax read = SyntaxFactory.ParseExpression($"System.Environment.GetEnvironmentVariable(\"{For(kind)}\")");
        if (nullableWarnings)
        {
            read = SyntaxFactory.PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, read);
        }

        return read.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }
}
