namespace DevCred.Analyzers;

/// <summary>The rule IDs, shared by the analyzers, the fixes, the tests and the docs.</summary>
internal static class DiagnosticIds
{
    public const string HardcodedAccessKeyId = "DEVCRED001";
    public const string HardcodedAccessKeySecret = "DEVCRED002";
    public const string HardcodedStsCredential = "DEVCRED003";
    public const string CredentialInComment = "DEVCRED004";
    public const string LongTermAccessKeyToSdk = "DEVCRED005";
    public const string LongTermAccessKeyRead = "DEVCRED006";
    public const string CredentialInConfigFile = "DEVCRED007";
    public const string AliyunCredentialsUri = "DEVCRED008";
}
