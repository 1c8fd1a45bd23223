using System;

namespace DevCred.Runtime;

/// <summary>
/// Where STS credentials come from, resolved once when a provider is constructed: options first, then environment
/// variables, then the default credentials file path.
/// </summary>
internal sealed class CredentialSources
{
    public const string UriVariable = "ALIBABA_CLOUD_CREDENTIALS_URI";

    // Deliberately not ALIBABA_CLOUD_CREDENTIALS_FILE: the official SDKs read that one as an INI profile path.
    public const string FileVariable = "DEVCRED_CREDENTIALS_FILE";

    public const string DisableVariable = "ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS";

    private CredentialSources(
        Uri? uri,
        string? redactedUri,
        bool uriDisabledBySwitch,
        StsCredentialException? uriError,
        string filePath,
        string filePathOrigin)
    {
        Uri = uri;
        RedactedUri = redactedUri;
        UriDisabledBySwitch = uriDisabledBySwitch;
        UriError = uriError;
        FilePath = filePath;
        FilePathOrigin = filePathOrigin;
    }

    /// <summary>The credentials URI to fetch, or <see langword="null"/> when it is unset, disabled or invalid.</summary>
    public Uri? Uri { get; }

    public string? RedactedUri { get; }

    public bool UriDisabledBySwitch { get; }

    /// <summary>Set when a credentials URI was given but is not allowed; every call then throws it.</summary>
    public StsCredentialException? UriError { get; }

    public string FilePath { get; }

    public string FilePathOrigin { get; }

    public static CredentialSources Resolve(StsCredentialProviderOptions options, Func<string, string?> environment)
    {
        bool useEnvironment = options.UseEnvironmentVariables;
        string? uriText = Trimmed(options.CredentialsUri);
        string uriOrigin = "from the CredentialsUri option";
        if (uriText is null && useEnvironment)
        {
            uriText = Trimmed(environment(UriVariable));
            uriOrigin = "from " + UriVariable;
        }

        (string filePath, string fileOrigin) = ResolveFilePath(options, environment);
        bool disabled = uriText is not null && useEnvironment && options.HonorDisableExternalProcess
            && IsSwitchOn(environment(DisableVariable));
        if (uriText is null || disabled)
        {
            return new CredentialSources(null, null, disabled, null, filePath, fileOrigin);
        }

        if (!CredentialsUri.TryValidate(uriText, options.LoopbackOnly, out Uri? uri, out string problem))
        {
            string shown = CredentialsUri.RedactText(uriText);
            StsCredentialException error = CredentialErrors.InvalidUri(shown, uriOrigin, problem);
            return new CredentialSources(null, shown, false, error, filePath, fileOrigin);
        }

        return new CredentialSources(uri, CredentialsUri.Redact(uri!), false, null, filePath, fileOrigin);
    }

    private static (string Path, string Origin) ResolveFilePath(
        StsCredentialProviderOptions options, Func<string, string?> environment)
    {
        if (Trimmed(options.CredentialsFilePath) is { } fromOption)
        {
            return (fromOption, "from the CredentialsFilePath option");
        }

        if (options.UseEnvironmentVariables && Trimmed(environment(FileVariable)) is { } fromVariable)
        {
            return (fromVariable, "from " + FileVariable);
        }

        return (StsCredentialProviderOptions.DefaultCredentialsFilePath, "the default path");
    }

    private static bool IsSwitchOn(string? value)
    {
        string? text = Trimmed(value);
        return text == "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Trimmed(string? value)
    {
        string? text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
