using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers.Syntax;

/// <summary>
/// A secret hidden as base64 and decoded where it is used: <c>Encoding.UTF8.GetString(Convert.FromBase64String("…"))</c>.
/// Only literals passed straight to a method named FromBase64String are decoded.
/// </summary>
internal static class Base64WrappedValues
{
    /// <summary>base64 of 30 to 44 bytes is 40 to 60 characters.</summary>
    public static bool MayMatch(string text) => text.Length is >= 40 and <= 60;

    public static CredentialKind? Find(SyntaxNode literal, string text, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (literal.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax decode } }
            || decode.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromBase64String" })
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            return null;
        }

        CredentialKind kind;
        if (AccessKeySecretShape.Matches(decoded))
        {
            kind = CredentialKind.AccessKeySecret;
        }
        else if (StsShapes.IsSecret(decoded))
        {
            kind = CredentialKind.StsAccessKeySecret;
        }
        else
        {
            return null;
        }

        ExpressionSyntax outer = decode;
        while (outer.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax wrapper } })
        {
            outer = wrapper;
        }

        return TargetNames.TryGet(outer, semanticModel, cancellationToken, out string name) && CredentialNames.IsSecretName(name)
            ? kind
            : null;
    }
}
