using System.Collections.Generic;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers.Syntax;

/// <summary>The credential shapes inside comment text, where only the text itself gives context.</summary>
internal static class CommentFindings
{
    private static readonly CredentialFinding[] None = new CredentialFinding[0];

    public static IReadOnlyList<CredentialFinding> Find(string text, AnalyzerSettings settings)
    {
        if (!CredentialFinder.MayHoldIdOrToken(text, settings.ReportPresignedUrls)
            && !EmbeddedSecrets.MayContain(text, needsAssignment: false))
        {
            return None;
        }

        var findings = new List<CredentialFinding>();
        CredentialFinder.AddIdsAndTokens(text, findings, settings.ReportPresignedUrls, secretNeedsAssignment: false);
        findings.RemoveAll(finding => settings.IsIgnored(text, finding.Start, finding.Length));
        return findings;
    }

    public static string Describe(CredentialKind kind) => kind switch
    {
        CredentialKind.AccessKeyId => "an AccessKey ID",
        CredentialKind.AccessKeySecret => "an AccessKey secret",
        CredentialKind.StsAccessKeyId => "an STS AccessKey ID",
        CredentialKind.StsAccessKeySecret => "an STS AccessKey secret",
        _ => "a security token",
    };

    /// <summary>The text a masking fix writes instead: the public prefix, then stars to the same length.</summary>
    public static string Masked(string value)
    {
        int visible = value.StartsWith(AccessKeyIdShape.Prefix, System.StringComparison.Ordinal)
            || value.StartsWith(StsShapes.IdPrefix, System.StringComparison.Ordinal)
            || value.StartsWith(StsShapes.TokenPrefix, System.StringComparison.Ordinal)
            ? 4
            : 0;
        return value.Substring(0, visible) + new string('*', value.Length - visible);
    }
}
