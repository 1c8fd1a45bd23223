using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers;

/// <summary>
/// <c>devcred.credential_mode</c>: <c>sts</c> (default) where a RAM role injects STS credentials; <c>access_key</c>
/// for environments shared publicly in their workspace, which get no role and must use an AccessKey pair from outside
/// the code. In access_key mode the SDK-use rules are silent and the environment-variable fix comes first.
/// </summary>
internal static class CredentialMode
{
    public const string Key = "devcred.credential_mode";

    public static bool IsAccessKey(AnalyzerConfigOptions options)
        => options.TryGetValue(Key, out string? value) && string.Equals(value.Trim(), "access_key", StringComparison.OrdinalIgnoreCase);
}
