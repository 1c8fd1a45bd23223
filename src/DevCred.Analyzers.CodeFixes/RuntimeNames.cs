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
    public static ExpressionSyntax GetCredentialCall()
    {
        ExpressionSyntax provider = SyntaxFactory.ParseTypeName(ProviderMetadataName)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        return SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, provider, SyntaxFactory.IdentifierName("Default")),
                SyntaxFactory.IdentifierName("GetCredential")));
    }

    public static string MemberFor(CredentialKind kind) => kind switch
    {
        CredentialKind.AccessKeyId or CredentialKind.StsAccessKeyId => AccessKeyId,
        CredentialKind.AccessKeySecret or CredentialKind.StsAccessKeySecret => AccessKeySecret,
        _ => SecurityToken,
    };

    public static ExpressionSyntax Member(ExpressionSyntax credential, string member)
        => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, credential, SyntaxFactory.IdentifierName(member));
}
