using System;
using System.Diagnostics;
using System.Globalization;

namespace DevCred.Runtime;

/// <summary>
/// An STS credential (AccessKey ID, AccessKey secret and security token) with its expiration.
/// Immutable; <see cref="ToString"/> and the debugger show only a masked AccessKey ID and the expiration.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class StsCredential
{
    /// <summary>The provider name that official Alibaba Cloud SDKs report for this kind of credential.</summary>
    public const string CredentialsUriProviderName = "credentials_uri";

    private readonly string _maskedAccessKeyId;

    /// <summary>Creates an STS credential.</summary>
    /// <param name="accessKeyId">The AccessKey ID (for example <c>STS.…</c>).</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    /// <param name="securityToken">The security token.</param>
    /// <param name="expiration">When the STS credential expires; converted to UTC.</param>
    /// <param name="source">The credentials URI without user info and query, or the credentials file path.</param>
    /// <param name="sourceKind">Whether <paramref name="source"/> is a credentials URI or a credentials file.</param>
    /// <exception cref="ArgumentException">A string argument is null or blank.</exception>
    public StsCredential(
        string accessKeyId,
        string accessKeySecret,
        string securityToken,
        DateTimeOffset expiration,
        string source,
        StsCredentialSourceKind sourceKind)
    {
        AccessKeyId = RequireText(accessKeyId, nameof(accessKeyId));
        AccessKeySecret = RequireText(accessKeySecret, nameof(accessKeySecret));
        SecurityToken = RequireText(securityToken, nameof(securityToken));
        Source = RequireText(source, nameof(source));
        Expiration = expiration.ToUniversalTime();
        SourceKind = sourceKind;
        _maskedAccessKeyId = Mask(accessKeyId);
    }

    /// <summary>The AccessKey ID.</summary>
    public string AccessKeyId { get; }

    /// <summary>The AccessKey secret. Never shown by <see cref="ToString"/> or the debugger display.</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string AccessKeySecret { get; }

    /// <summary>The security token. Never shown by <see cref="ToString"/> or the debugger display.</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string SecurityToken { get; }

    /// <summary>
    /// When the STS credential expires, in UTC. <see cref="DateTimeOffset.MaxValue"/> when a credentials file gave
    /// no <c>Expiration</c>.
    /// </summary>
    public DateTimeOffset Expiration { get; }

    /// <summary>The credentials URI (user info and query removed) or the credentials file path.</summary>
    public string Source { get; }

    /// <summary>Whether <see cref="Source"/> is a credentials URI or a credentials file.</summary>
    public StsCredentialSourceKind SourceKind { get; }

    /// <summary>The provider name, <c>credentials_uri</c>, as the official SDKs name this credential type.</summary>
    public string ProviderName => CredentialsUriProviderName;

    /// <summary>The AccessKey ID masked for logs: <c>STS.****</c> plus its last four characters.</summary>
    public string MaskedAccessKeyId => _maskedAccessKeyId;

    /// <summary>Shows the masked AccessKey ID and the expiration; never the AccessKey secret or the security token.</summary>
    /// <returns>For example <c>StsCredential(STS.****abcd, expires 2024-05-21T10:39:29Z)</c>.</returns>
    public override string ToString()
        => "StsCredential(" + _maskedAccessKeyId + ", expires " + FormatExpiration(Expiration) + ")";

    internal static string FormatExpiration(DateTimeOffset expiration)
        => expiration == DateTimeOffset.MaxValue
            ? "never"
            : expiration.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string Mask(string accessKeyId)
    {
        // Fewer than 12 characters leaves too little hidden once four are shown.
        const int Shown = 4;
        string prefix = accessKeyId.StartsWith("STS.", StringComparison.Ordinal) ? "STS.****" : "****";
        return accessKeyId.Length < 12 ? prefix : prefix + accessKeyId.Substring(accessKeyId.Length - Shown);
    }

    private static string RequireText(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be null or blank.", name);
        }

        return value;
    }
}
