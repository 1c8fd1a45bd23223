using System;
using System.Globalization;
using System.Text;

namespace DevCred.Runtime;

/// <summary>
/// One event of an <see cref="StsCredentialProvider"/>, passed to
/// <see cref="StsCredentialProviderOptions.EventCallback"/>. Carries no AccessKey secret and no security token.
/// </summary>
public sealed class StsCredentialEvent
{
    internal StsCredentialEvent(
        StsCredentialEventKind kind,
        string? source,
        DateTimeOffset? expiration = null,
        TimeSpan elapsed = default,
        int attempts = 0,
        bool? credentialChanged = null,
        Exception? error = null)
    {
        Kind = kind;
        Source = source;
        Expiration = expiration;
        Elapsed = elapsed;
        Attempts = attempts;
        CredentialChanged = credentialChanged;
        Error = error;
    }

    /// <summary>What happened.</summary>
    public StsCredentialEventKind Kind { get; }

    /// <summary>The credentials URI (user info and query removed) or the credentials file path concerned, if any.</summary>
    public string? Source { get; }

    /// <summary>The expiration of the STS credential concerned, if any.</summary>
    public DateTimeOffset? Expiration { get; }

    /// <summary>How long the refresh took (refresh events only).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>How many requests or file reads the refresh made (refresh events only).</summary>
    public int Attempts { get; }

    /// <summary>Whether a successful refresh returned a different security token than the cached one.</summary>
    public bool? CredentialChanged { get; }

    /// <summary>The failure, for <see cref="StsCredentialEventKind.RefreshFailed"/> and the stale and fallback events.</summary>
    public Exception? Error { get; }

    /// <summary>The error kind, when <see cref="Error"/> is an <see cref="StsCredentialException"/>.</summary>
    public StsCredentialErrorKind? ErrorKind => (Error as StsCredentialException)?.Kind;

    /// <summary>Describes the event without secrets.</summary>
    /// <returns>The kind, source, expiration, elapsed time, attempts and error kind.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Kind.ToString());
        if (Source is not null)
        {
            text.Append(" source=").Append(Source);
        }

        if (Expiration is { } expiration)
        {
            text.Append(" expiration=").Append(StsCredential.FormatExpiration(expiration));
        }

        if (Attempts > 0)
        {
            text.Append(" attempts=").Append(Attempts.ToString(CultureInfo.InvariantCulture))
                .Append(" elapsed=").Append(((long)Elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture))
                .Append("ms");
        }

        if (Error is not null)
        {
            text.Append(" error=").Append(ErrorKind?.ToString() ?? Error.GetType().Name);
        }

        return text.ToString();
    }
}
