using Microsoft.CodeAnalysis;

namespace DevCred.Analyzers;

internal static class Descriptors
{
    public static readonly DiagnosticDescriptor HardcodedAccessKeyId = new(
        DiagnosticIds.HardcodedAccessKeyId,
        title: "Hardcoded AccessKey ID",
        messageFormat: "The string holds the AccessKey ID '{0}': read STS credentials at run time instead of hardcoding a long-term AccessKey",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A long-term Alibaba Cloud AccessKey ID in source code leaks with the code. Read short-lived STS credentials through DevCred.Runtime, or read the AccessKey pair from environment variables.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.HardcodedAccessKeyId));

    public static readonly DiagnosticDescriptor HardcodedAccessKeySecret = new(
        DiagnosticIds.HardcodedAccessKeySecret,
        title: "Hardcoded AccessKey secret",
        messageFormat: "The string holds an AccessKey secret ('{0}'): read STS credentials at run time instead of hardcoding a long-term AccessKey",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A long-term Alibaba Cloud AccessKey secret in source code leaks with the code. Read short-lived STS credentials through DevCred.Runtime, or read the AccessKey pair from environment variables.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.HardcodedAccessKeySecret));

    public static readonly DiagnosticDescriptor HardcodedStsCredential = new(
        DiagnosticIds.HardcodedStsCredential,
        title: "Hardcoded STS credential",
        messageFormat: "The string holds an STS {0} ('{1}'): read STS credentials at run time instead of copying them into code",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An STS AccessKey ID, AccessKey secret or security token copied into code is valid until it expires and leaks with the code; it also stops working after it expires. Read fresh STS credentials through DevCred.Runtime.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.HardcodedStsCredential));

    public static readonly DiagnosticDescriptor CredentialInComment = new(
        DiagnosticIds.CredentialInComment,
        title: "AccessKey in a comment",
        messageFormat: "The comment holds {0} ('{1}'): remove it, and rotate the key if it is real",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Comments, XML documentation and code excluded by #if ship with the source like any code. A key there leaks all the same.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.CredentialInComment));

    public static readonly DiagnosticDescriptor AliyunCredentialsUri = new(
        DiagnosticIds.AliyunCredentialsUri,
        title: "Aliyun.Credentials cannot read the credentials URI",
        messageFormat: "{0} reads the credentials URI through Aliyun.Credentials, which returns null AccessKeyId, AccessKeySecret and SecurityToken for it (seen in versions up to 1.5.3): read the credentials URI through DevCred.Runtime",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Aliyun.Credentials' credentials_uri provider builds its credential without copying the AccessKey ID, secret or security token from the response, so every client fed by it signs with null keys. DevCred.Runtime reads the same URI correctly; a generated adapter passes it to Aliyun.Credentials.Client.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.AliyunCredentialsUri));

    public static readonly DiagnosticDescriptor CredentialInConfigFile = new(
        DiagnosticIds.CredentialInConfigFile,
        title: "Credential hardcoded in a configuration file",
        messageFormat: "{0} holds {1} ('{2}'): keep it out of the file and read STS credentials at run time",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "appsettings.json, .config, launchSettings.json, .env, YAML and ini files are committed and published with the code; an AccessKey in them leaks the same way.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.CredentialInConfigFile));

    public static readonly DiagnosticDescriptor LongTermAccessKeyToSdk = new(
        DiagnosticIds.LongTermAccessKeyToSdk,
        title: "Long-term AccessKey passed to an Alibaba Cloud SDK",
        messageFormat: "{0} ({1}) gets a long-term AccessKey without a security token: {2}",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Where a RAM role injects STS credentials, a long-term AccessKey pair should not exist at all, wherever it is read from. Hand the SDK STS credentials, refreshed on every request where the SDK allows it.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.LongTermAccessKeyToSdk));

    public static readonly DiagnosticDescriptor LongTermAccessKeyRead = new(
        DiagnosticIds.LongTermAccessKeyRead,
        title: "Long-term AccessKey read from the environment or configuration",
        messageFormat: "'{0}' names a long-term AccessKey: in an environment with a RAM role, read STS credentials through DevCred.Runtime instead",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Reading ALIBABA_CLOUD_ACCESS_KEY_ID and similar names keeps a long-term AccessKey in the environment. Where STS credentials are injected, they are the better source; set devcred.credential_mode = access_key where no role exists.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.LongTermAccessKeyRead));
}
