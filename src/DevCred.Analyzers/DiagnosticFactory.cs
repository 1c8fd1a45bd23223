using Microsoft.CodeAnalysis;
using DevCred.Analyzers.Syntax;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers;

/// <summary>Turns a finding into its rule's diagnostic, with the value masked.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(CredentialFinding finding, string text, Location location)
    {
        string masked = Mask(finding, text);
        return finding.Kind switch
        {
            CredentialKind.AccessKeyId => Diagnostic.Create(Descriptors.HardcodedAccessKeyId, location, masked),
            CredentialKind.AccessKeySecret => Diagnostic.Create(Descriptors.HardcodedAccessKeySecret, location, masked),
            CredentialKind.StsAccessKeyId => Diagnostic.Create(Descriptors.HardcodedStsCredential, location, "AccessKey ID", masked),
            CredentialKind.StsAccessKeySecret => Diagnostic.Create(Descriptors.HardcodedStsCredential, location, "AccessKey secret", masked),
            _ => Diagnostic.Create(Descriptors.HardcodedStsCredential, location, "security token", masked),
        };
    }

    /// <summary>The value as messages show it: its public prefix ("LTAI", "STS.", "CAIS") if any, and the last three characters.</summary>
    public static string Mask(CredentialFinding finding, string text)
    {
        bool publicPrefix = finding.Kind is not (CredentialKind.AccessKeySecret or CredentialKind.StsAccessKeySecret)
            && finding.Length >= 8
            && (string.CompareOrdinal(text, finding.Start, AccessKeyIdShape.Prefix, 0, 4) == 0
                || string.CompareOrdinal(text, finding.Start, StsShapes.IdPrefix, 0, 4) == 0
                || string.CompareOrdinal(text, finding.Start, StsShapes.TokenPrefix, 0, 4) == 0);
        return Masking.Mask(text, finding.Start, finding.Length, publicPrefix ? 4 : 0);
    }
}
