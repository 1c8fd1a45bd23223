using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using DevCred.Analyzers.Syntax;

namespace DevCred.Analyzers;

/// <summary>Syntax for the DevCred.Runtime API that the fixes generate.</summary>
internal static class RuntimeNames
{
    public const string ProviderMetadataName = "DevCred.Runtime.StsCredentialProvider";
    public const string AccessKeyId = "AccessKeyId";
    public const string AccessKeySecret = "AccessKeySecret";
    public const string SecurityToken = "SecurityToken";

    /// <summary><c>DevCred.Runtime.StsCredentialProvider.Default.GetCredential()</c>, simplified to a using where possible.</summary>
    public static ExpressionSyntax GetCredentialCall(bool addImport)
    {
        // global:: so that a user alias or type named DevCred cannot capture the name; the simplifier drops it where safe.
        ExpressionSyntax provider = SyntaxFactory.ParseExpression("global::" + ProviderMetadataName).WithAdditionalAnnotations(Simplifier.Annotation);
        if (addImport)
        {
            provider = provider.WithAdditionalAnnotations(Simplifier.AddImportsAnnotation);
        }

        return SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, provider, SyntaxFactory.IdentifierName("Default")),
                SyntaxFactory.IdentifierName("GetCredential")));
    }

    /// <summary>
    /// True when the provider's simple name already binds at <paramref name="position"/> (a using or a global
    /// using): then no import is added, which also keeps the import adder from touching the file's first lines.
    /// </summary>
    public static bool IsImported(SemanticModel semanticModel, int position)
        => semanticModel.LookupNamespacesAndTypes(position, name: "StsCredentialProvider")
            .Any(symbol => symbol.ToDisplayString() == ProviderMetadataName);

    public static string MemberFor(CredentialKind kind) => kind switch
    {
        CredentialKind.AccessKeyId or CredentialKind.StsAccessKeyId => AccessKeyId,
        CredentialKind.AccessKeySecret or CredentialKind.StsAccessKeySecret => AccessKeySecret,
        _ => SecurityToken,
    };

    public static ExpressionSyntax Member(ExpressionSyntax credential, CredentialKind kind)
        => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, credential, SyntaxFactory.IdentifierName(MemberFor(kind)));
}
