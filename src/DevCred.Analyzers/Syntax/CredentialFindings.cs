using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers.Syntax;

internal enum CredentialKind
{
    AccessKeyId,
    AccessKeySecret,
}

/// <summary>One credential inside the text of a string node: where it starts and ends in the value.</summary>
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
    /// <summary>Every credential the rules report in <paramref name="stringNode"/>, in text order.</summary>
    public static List<CredentialFinding> Find(SyntaxNode stringNode, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var findings = new List<CredentialFinding>();
        if (!StringLiterals.TryGetText(stringNode, out string text) || !CredentialFinder.MayHoldCredential(text))
        {
            return findings;
        }

        if (CredentialFinder.IsAccessKeySecret(stringNode, text, semanticModel, cancellationToken))
        {
            findings.Add(new CredentialFinding(CredentialKind.AccessKeySecret, 0, text.Length));
            return findings;
        }

        if (!CredentialFinder.MayHoldAccessKeyId(text))
        {
            return findings;
        }

        int index = 0;
        while ((index = AccessKeyIdShape.FindNext(text, index, out int length)) >= 0)
        {
            findings.Add(new CredentialFinding(CredentialKind.AccessKeyId, index, length));
            index += length;
        }

        return findings;
    }
}
