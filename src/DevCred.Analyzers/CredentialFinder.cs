using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using DevCred.Analyzers.Syntax;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers;

/// <summary>The detection rules, shared by the analyzer and the fixes so that both see the same findings.</summary>
internal static class CredentialFinder
{
    /// <summary>Cheap, allocation-free first test: can this text be reported by any rule?</summary>
    public static bool MayHoldCredential(string text)
        => text.Length == AccessKeySecretShape.Length || AccessKeyIdShape.MayContain(text);

    /// <summary>IDs in presigned URLs are not reported: the URL is meant to be shared until it expires.</summary>
    public static bool MayHoldAccessKeyId(string text)
        => AccessKeyIdShape.MayContain(text) && !PresignedUrlShape.Matches(text);

    /// <summary>
    /// A 30-character secret is reported only with context: a secret-like target name, or an AccessKey ID
    /// in the same initializer, argument list or declaration.
    /// </summary>
    public static bool IsAccessKeySecret(SyntaxNode stringNode, string text, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (!AccessKeySecretShape.Matches(text) || StringLiterals.GetExpression(stringNode) is not { } expression)
        {
            return false;
        }

        // A secret never shares its literal with other text, so an interpolated string part does not qualify.
        if (expression is InterpolatedStringExpressionSyntax)
        {
            return false;
        }

        if (TargetNames.TryGet(expression, semanticModel, cancellationToken, out string name) && CredentialNames.IsSecretName(name))
        {
            return true;
        }

        return PairContainers.Find(expression) is { } container && PairContainers.ContainsAccessKeyId(container);
    }
}
