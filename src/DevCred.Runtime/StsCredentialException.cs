using System;

namespace DevCred.Runtime;

/// <summary>
/// Thrown when an <see cref="StsCredentialProvider"/> cannot return a usable STS credential.
/// The message says what happened and what to do; it never contains an AccessKey secret, a security token or a
/// response body. The original cause, if any, is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class StsCredentialException : Exception
{
    internal StsCredentialException(
        StsCredentialErrorKind kind,
        string message,
        string? credentialSource = null,
        StsCredentialSourceKind? sourceKind = null,
        int attempts = 0,
        TimeSpan elapsed = default,
        int? statusCode = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        CredentialSource = credentialSource;
        SourceKind = sourceKind;
        Attempts = attempts;
        Elapsed = elapsed;
        StatusCode = statusCode;
    }

    /// <summary>What went wrong.</summary>
    public StsCredentialErrorKind Kind { get; }

    /// <summary>
    /// The credentials URI (user info and query removed) or the credentials file path that failed;
    /// <see langword="null"/> when no source was configured.
    /// </summary>
    public string? CredentialSource { get; }

    /// <summary>Whether <see cref="CredentialSource"/> is a credentials URI or a credentials file, if known.</summary>
    public StsCredentialSourceKind? SourceKind { get; }

    /// <summary>How many requests or file reads were made before giving up.</summary>
    public int Attempts { get; }

    /// <summary>How long the failed refresh took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The HTTP status code of the last response, if one arrived.</summary>
    public int? StatusCode { get; }
}
