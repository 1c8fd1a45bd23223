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
}
