using Microsoft.CodeAnalysis;
using DevCred.Analyzers.Syntax;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers;

/// <summary>Turns a finding into its rule's diagnostic, with the value masked.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(CredentialFinding finding, string text, Location location)
    {
        return finding.Kind switch
        {
            CredentialKind.AccessKeyId => Diagnostic.Create(Descriptors.HardcodedAccessKeyId, location, Masked(finding, text, 4)),
            CredentialKind.AccessKeySecret => Diagnostic.Create(Descriptors.HardcodedAccessKeySecret, location, Masked(finding, text, 0)),
            CredentialKind.StsAccessKeyId => Diagnostic.Create(Descriptors.HardcodedStsCredential, location, "AccessKey ID", Masked(finding, text, 4)),
            CredentialKind.StsAccessKeySecret => Diagnostic.Create(Descriptors.HardcodedStsCredential, location, "AccessKey secret", Masked(finding, text, 0)),
            _ => Diagnostic.Create(Descriptors.HardcodedStsCredential, location, "security token", Masked(finding, text, 4)),
        };
    }

    private static string Masked(CredentialFinding finding, string text, int visiblePrefix)
        => Masking.Mask(text, finding.Start, finding.Length, visiblePrefix);
}
