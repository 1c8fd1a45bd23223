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
    /// <summary>No rule reports a text shorter than this: the shortest shapes are 16-character AccessKey IDs.</summary>
    public const int MinimumLength = 16;

    /// <summary>Cheap, allocation-free first test: can this text be reported by any rule?</summary>
    public static bool MayHoldCredential(string text)
        => text.Length >= MinimumLength
        && (text.Length == AccessKeySecretShape.Length
        || text.Length == StsShapes.SecretLength
        || AccessKeyIdShape.MayContain(text)
        || StsShapes.MayContainId(text)
        || StsShapes.MayContainToken(text)
        || LegacyAccessKeyIdShape.MayMatch(text)
        || Base64WrappedValues.MayMatch(text)
        || EmbeddedSecrets.MayContain(text));

    /// <summary>Cheap test for the shapes found anywhere inside text (not only as a whole value).</summary>
    public static bool MayHoldIdOrToken(string text, bool reportPresignedUrls = false)
        => MayHoldAccessKeyId(text, reportPresignedUrls)
        || StsShapes.MayContainId(text)
        || StsShapes.MayContainToken(text)
        || EmbeddedSecrets.MayContain(text);

    /// <summary>IDs in presigned URLs are not reported: the URL is meant to be shared until it expires.</summary>
    public static bool MayHoldAccessKeyId(string text, bool reportPresignedUrls = false)
        => AccessKeyIdShape.MayContain(text) && (reportPresignedUrls || !PresignedUrlShape.Matches(text));

    /// <summary>Adds every AccessKey ID, STS AccessKey ID and security token found anywhere in the text.</summary>
    public static void AddIdsAndTokens(string text, List<CredentialFinding> findings, bool reportPresignedUrls = false, bool secretNeedsAssignment = true)
    {
        int index;
        int length;
        if (MayHoldAccessKeyId(text, reportPresignedUrls))
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

        if (EmbeddedSecrets.MayContain(text, secretNeedsAssignment))
        {
            for (index = 0; (index = EmbeddedSecrets.FindNext(text, index, secretNeedsAssignment, out length, out CredentialKind kind)) >= 0; index += length)
            {
                findings.Add(new CredentialFinding(kind, index, length));
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
        if (!MayHoldIdOrToken(text))
        {
            return false;
        }

        var findings = new List<CredentialFinding>();
        AddIdsAndTokens(text, findings);
        return findings.Count > 0;
    }

    /// <summary>
    /// Whole values that only context confirms: a 30-character AccessKey secret or 44-character STS secret next to
    /// a secret-like name or an ID, and a legacy AccessKey ID next to an ID-like name or a secret.
    /// </summary>
    public static CredentialKind? FindContextualValue(SyntaxNode valueNode, string text, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        bool secret30 = text.Length == AccessKeySecretShape.Length && AccessKeySecretShape.Matches(text);
        bool secret44 = !secret30 && text.Length == StsShapes.SecretLength && StsShapes.IsSecret(text);
        bool legacyId = LegacyAccessKeyIdShape.Matches(text) && !HasIdOrToken(text);
        if (!secret30 && !secret44 && !legacyId)
        {
            return null;
        }

        // A whole value never shares its string with other text, so an interpolated string's text part does not qualify.
        if (valueNode.Parent is InterpolatedStringExpressionSyntax || ValueExpressions.Get(valueNode) is not { } expression)
        {
            return null;
        }

        bool named = TargetNames.TryGet(expression, semanticModel, cancellationToken, out string name);
        if ((secret30 || secret44) && named && CredentialNames.IsSecretName(name))
        {
            return secret30 ? CredentialKind.AccessKeySecret : CredentialKind.StsAccessKeySecret;
        }

        if (legacyId && named && CredentialNames.IsIdName(name))
        {
            return CredentialKind.AccessKeyId;
        }

        // No telling name: the value is a credential only beside its pair (an ID beside a secret, or the reverse).
        SyntaxNode? container = PairContainers.Find(expression);
        if (container is null)
        {
            return null;
        }

        if ((secret30 || secret44) && PairContainers.ContainsIdOrIdName(container, valueNode))
        {
            return secret30 ? CredentialKind.AccessKeySecret : CredentialKind.StsAccessKeySecret;
        }

        if (legacyId && PairContainers.ContainsSecretShape(container, valueNode))
        {
            return CredentialKind.AccessKeyId;
        }

        return null;
    }
}
