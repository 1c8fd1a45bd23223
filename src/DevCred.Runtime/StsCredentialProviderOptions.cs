using System;
using Microsoft.Extensions.Logging;

namespace DevCred.Runtime;

/// <summary>
/// Settings of an <see cref="StsCredentialProvider"/>. Every number has the default of the shim specification.
/// The provider copies these values when it is constructed; later changes have no effect on it.
/// </summary>
public sealed class StsCredentialProviderOptions
{
    /// <summary>The default credentials file path.</summary>
    public const string DefaultCredentialsFilePath = "/mnt/.alibabacloud/credentials";

    /// <summary>
    /// The credentials URI. <see langword="null"/> (the default) reads <c>ALIBABA_CLOUD_CREDENTIALS_URI</c> when the
    /// provider is constructed, if <see cref="UseEnvironmentVariables"/> is set.
    /// </summary>
    public string? CredentialsUri { get; set; }

    /// <summary>
    /// The credentials file path. <see langword="null"/> (the default) reads <c>DEVCRED_CREDENTIALS_FILE</c> when the
    /// provider is constructed and falls back to <see cref="DefaultCredentialsFilePath"/>.
    /// </summary>
    public string? CredentialsFilePath { get; set; }

    /// <summary>
    /// Whether the provider reads <c>ALIBABA_CLOUD_CREDENTIALS_URI</c>, <c>DEVCRED_CREDENTIALS_FILE</c> and
    /// <c>ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS</c> at construction. Default <see langword="true"/>.
    /// </summary>
    public bool UseEnvironmentVariables { get; set; } = true;

    /// <summary>
    /// Whether <c>ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS</c> set to <c>1</c> or <c>true</c> turns off the credentials
    /// URI (the credentials file is still read). Default <see langword="true"/>.
    /// </summary>
    public bool HonorDisableExternalProcess { get; set; } = true;

    /// <summary>Whether the credentials URI must name a loopback host. Default <see langword="false"/>.</summary>
    public bool LoopbackOnly { get; set; }

    /// <summary>
    /// How long opening a connection to the credentials service may take. Default 2 s. On netstandard2.0 it is part of
    /// <see cref="AttemptTimeout"/>.
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one request (headers and body) may take. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one refresh, all attempts and delays included, may take. Default 15 s.</summary>
    public TimeSpan RefreshTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many requests one refresh may make. Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The delay before the first retry; it doubles for each further retry. Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The random spread of retry delays and failure intervals, as a fraction (0.2 is ±20 %). Default 0.2.</summary>
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>The largest response body or credentials file accepted, in bytes. Default 65536.</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// The safety margin M: an STS credential counts as expired this long before its expiration. Default 60 s.
    /// </summary>
    public TimeSpan SafetyMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The upper bound of the refresh-ahead window W. Default 15 min.</summary>
    public TimeSpan MaxRefreshAhead { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The refresh-ahead window as a fraction of the observed lifetime, before the bound. Default 0.5.</summary>
    public double RefreshAheadLifetimeFraction { get; set; } = 0.5;

    /// <summary>The upper bound of the random time added to W once per STS credential. Default 60 s.</summary>
    public TimeSpan MaxRefreshAheadJitter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The random time added to W as a fraction of W, before its bound. Default 0.1.</summary>
    public double RefreshAheadJitterFraction { get; set; } = 0.1;

    /// <summary>
    /// The minimum interval before another refresh after one that returned an STS credential already inside its
    /// refresh-ahead window (a short-lived or unchanged STS credential). Default 5 s.
    /// </summary>
    public TimeSpan MinRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The interval before another refresh after a failed one; it doubles per consecutive failure. Default 30 s.</summary>
    public TimeSpan FailureRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The upper bound of the doubled <see cref="FailureRetryInterval"/>. Default 5 min.</summary>
    public TimeSpan MaxFailureRetryInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often a caller that holds no usable STS credential may start a refresh despite the intervals above.
    /// Default 5 s.
    /// </summary>
    public TimeSpan ExpiredBypassInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether an expired cached STS credential is returned, with a logged warning, when every refresh fails,
    /// leaving the decision to the server. Default <see langword="false"/>: such a call throws.
    /// </summary>
    public bool AllowExpiredOnFailure { get; set; }

    /// <summary>
    /// Whether a timer refreshes the STS credential when its refresh-ahead window starts, without waiting for a call.
    /// Default <see langword="false"/>: refreshes are driven by calls.
    /// </summary>
    public bool BackgroundRefresh { get; set; }

    /// <summary>The delay before the one re-read of a credentials file that held torn or truncated JSON. Default 100 ms.</summary>
    public TimeSpan FileRetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How often the length and last-write time of the credentials file are compared, to re-read a rewritten file.
    /// Default 5 s.
    /// </summary>
    public TimeSpan FileCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An STS credential lifetime above which a warning is logged. Default 12 h 5 min.</summary>
    public TimeSpan LongLifetimeWarning { get; set; } = TimeSpan.FromHours(12) + TimeSpan.FromMinutes(5);

    /// <summary>A backwards step of the UTC clock between calls above which a warning is logged. Default 60 s.</summary>
    public TimeSpan ClockBackwardsWarning { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The clock used to decide whether a cached STS credential is fresh, due for refresh or expired, and to pace
    /// refreshes. Network timeouts and retry delays always use real time. Default <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>An optional logger. Default <see langword="null"/>: nothing is logged.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// An optional callback for the same events as the logger. It runs on the thread that raises the event and must
    /// return quickly; exceptions it throws are ignored. Default <see langword="null"/>.
    /// </summary>
    public Action<StsCredentialEvent>? EventCallback { get; set; }
}
