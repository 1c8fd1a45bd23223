using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using DevCred.Analyzers.Syntax;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers;

/// <summary>The detection rules, shared by the analyzers and the fixes so that both see the same findings.</summary>
internal static class CredentialFinder
{
    /// <summary>Cheap, allocation-free first test: can this text be reported by any rule?</summary>
    public static bool MayHoldCredential(string text)
        => text.Length == AccessKeySecretShape.Length
        || text.Length == StsShapes.SecretLength
        || AccessKeyIdShape.MayContain(text)
        || StsShapes.MayContainId(text)
        || StsShapes.MayContainToken(text);

    /// <summary>IDs in presigned URLs are not reported: the URL is meant to be shared until it expires.</summary>
    public static bool MayHoldAccessKeyId(string text)
        => AccessKeyIdShape.MayContain(text) && !PresignedUrlShape.Matches(text);

    /// <summary>Adds every AccessKey ID, STS AccessKey ID and security token found anywhere in the text.</summary>
    public static void AddIdsAndTokens(string text, List<CredentialFinding> findings)
    {
        int index;
        int length;
        if (MayHoldAccessKeyId(text))
        {
            for (index = 0; (index = AccessKeyIdShape.FindNext(text, index, out length)) >= 0; index += length)
            {
                findings.Add(new CredentialFinding(CredentialKind.AccessKeyId, index, length));
            }
        }

        if (StsShapes.MayContainId(text))
        {
            for (index = 0; (index = StsShapes.FindNextId(text, index, out length)) >= 0; index += length)
            {
                findings.Add(new CredentialFinding(CredentialKind.StsAccessKeyId, index, length));
            }
        }

        if (StsShapes.MayContainToken(text))
        {
            for (index = 0; (index = StsShapes.FindNextToken(text, index, out length)) >= 0; index += length)
            {
                findings.Add(new CredentialFinding(CredentialKind.SecurityToken, index, length));
            }
        }

        if (findings.Count > 1)
        {
            findings.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>True when the text holds an AccessKey ID, an STS AccessKey ID or a security token.</summary>
    public static bool HasIdOrToken(string text)
    {
        if (!MayHoldCredential(text))
        {
            return false;
        }

        var findings = new List<CredentialFinding>();
        AddIdsAndTokens(text, findings);
        return findings.Count > 0;
    }

    /// <summary>
    /// A 30-character AccessKey secret or 44-character STS secret is reported only with context: a secret-like
    /// target name, or an ID or token in the same initializer, argument list or declaration.
    /// </summary>
    public static CredentialKind? FindSecret(SyntaxNode valueNode, string text, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        CredentialKind kind;
        if (text.Length == AccessKeySecretShape.Length && AccessKeySecretShape.Matches(text))
        {
            kind = CredentialKind.AccessKeySecret;
        }
        else if (text.Length == StsShapes.SecretLength && StsShapes.IsSecret(text))
        {
            kind = CredentialKind.StsAccessKeySecret;
        }
        else
        {
            return null;
        }

        // A secret never shares its string with other text, so an interpolated string's text part does not qualify.
        if (valueNode.Parent is InterpolatedStringExpressionSyntax || ValueExpressions.Get(valueNode) is not { } expression)
        {
            return null;
        }

        if (TargetNames.TryGet(expression, semanticModel, cancellationToken, out string name) && CredentialNames.IsSecretName(name))
        {
            return kind;
        }

        return PairContainers.Find(expression) is { } container && PairContainers.ContainsIdOrToken(container, valueNode)
            ? kind
            : null;
    }
}
