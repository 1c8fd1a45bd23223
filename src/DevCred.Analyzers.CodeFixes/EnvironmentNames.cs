using System.Threading;
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

    /// <summary>How a value is read where it stands: expression trees cannot hold a throw expression.</summary>
    public static EnvironmentRead ReadFor(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (!FixContexts.IsInExpressionTree(node, semanticModel, cancellationToken))
        {
            return EnvironmentRead.FailWithName;
        }

        return (semanticModel.GetNullableContext(node.SpanStart) & NullableContext.WarningsEnabled) != 0
            ? EnvironmentRead.PlainNotNull
            : EnvironmentRead.Plain;
    }

    /// <summary>
    /// <c>(Environment.GetEnvironmentVariable("NAME") ?? throw new InvalidOperationException("…"))</c>: a missing
    /// variable fails at the read with its name, not later with an opaque signature error. In expression trees the plain
    /// read, marked non-null as the literal was where nullable warnings are on (an unset variable reads as null).
    /// </summary>
    public static ExpressionSyntax Read(CredentialKind kind, EnvironmentRead how)
    {
        string name = For(kind);
        ExpressionSyntax read = SyntaxFactory.ParseExpression($"System.Environment.GetEnvironmentVariable(\"{name}\")");
        read = how switch
        {
            EnvironmentRead.FailWithName => SyntaxFactory.ParenthesizedExpression(SyntaxFactory.BinaryExpression(
                SyntaxKind.CoalesceExpression,
                read,
                SyntaxFactory.ThrowExpression(SyntaxFactory.ParseExpression($"new System.InvalidOperationException(\"Set the environment variable {name}.\")")))),
            EnvironmentRead.PlainNotNull => SyntaxFactory.PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, read),
            _ => read,
        };

        return read.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }
}

internal enum EnvironmentRead
{
    FailWithName,
    Plain,
    PlainNotNull,
}
