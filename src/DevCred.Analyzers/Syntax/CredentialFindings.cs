using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DevCred.Analyzers.Syntax;

internal enum CredentialKind
{
    AccessKeyId,
    AccessKeySecret,
    StsAccessKeyId,
    StsAccessKeySecret,
    SecurityToken,
}

/// <summary>One credential inside a string value: its kind and where it starts and ends in the value.</summary>
internal readonly struct CredentialFinding
{
    public CredentialFinding(CredentialKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        Length = length;
    }

    public CredentialKind Kind { get; }

    public int Start { get; }

    public int Length { get; }
}

internal static class CredentialFindings
{
    private static readonly CredentialFinding[] None = new CredentialFinding[0];

    /// <summary>Every credential the rules report in the text of a string node, in text order.</summary>
    public static IReadOnlyList<CredentialFinding> Find(SyntaxNode stringNode, SemanticModel semanticModel, AnalyzerSettings settings, CancellationToken cancellationToken)
        => StringLiterals.TryGetText(stringNode, out string text)
            ? Find(stringNode, text, semanticModel, settings, cancellationToken)
            : None;

    /// <summary>
    /// Every credential in <paramref name="text"/>, the value of <paramref name="valueNode"/> (a string node, a
    /// folded concatenation or a char array). Whole values need context; IDs and tokens inside text do not.
    /// Nothing is allocated for text that holds no credential.
    /// </summary>
    public static IReadOnlyList<CredentialFinding> Find(SyntaxNode valueNode, string text, SemanticModel semanticModel, AnalyzerSettings settings, CancellationToken cancellationToken)
    {
        if (!CredentialFinder.MayHoldCredential(text))
        {
            return None;
        }

        if (CredentialFinder.FindContextualValue(valueNode, text, semanticModel, cancellationToken) is { } kind)
        {
            return settings.IsIgnored(text, 0, text.Length) ? None : new[] { new CredentialFinding(kind, 0, text.Length) };
        }

        if (Base64WrappedValues.MayMatch(text) && Base64WrappedValues.Find(valueNode, text, semanticModel, cancellationToken) is { } wrapped)
        {
            // The masked message shows the end of the base64 text, not of the secret it hides.
            return settings.IsIgnored(text, 0, text.Length) ? None : new[] { new CredentialFinding(wrapped, 0, text.Length) };
        }

        if (!CredentialFinder.MayHoldIdOrToken(text, settings.ReportPresignedUrls))
        {
            return None;
        }

        var findings = new List<CredentialFinding>();
        CredentialFinder.AddIdsAndTokens(text, findings, settings.ReportPresignedUrls);
        findings.RemoveAll(finding => settings.IsIgnored(text, finding.Start, finding.Length));
        return findings;
    }
}
