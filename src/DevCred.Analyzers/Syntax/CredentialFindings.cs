using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using DevCred.Analyzers.Text;

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
    /// <summary>Every credential the rules report in the text of a string node, in text order.</summary>
    public static List<CredentialFinding> Find(SyntaxNode stringNode, SemanticModel semanticModel, CancellationToken cancellationToken)
        => StringLiterals.TryGetText(stringNode, out string text)
            ? Find(stringNode, text, semanticModel, cancellationToken)
            : new List<CredentialFinding>();

    /// <summary>
    /// Every credential in <paramref name="text"/>, the value of <paramref name="valueNode"/> (a string node, a
    /// folded concatenation or a char array). Secrets are whole values and need context; IDs and tokens do not.
    /// </summary>
    public static List<CredentialFinding> Find(SyntaxNode valueNode, string text, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var findings = new List<CredentialFinding>();
        if (!CredentialFinder.MayHoldCredential(text))
        {
            return findings;
        }

        if (CredentialFinder.FindSecret(valueNode, text, semanticModel, cancellationToken) is { } secret)
        {
            findings.Add(new CredentialFinding(secret, 0, text.Length));
            return findings;
        }

        CredentialFinder.AddIdsAndTokens(text, findings);
        return findings;
    }
}
