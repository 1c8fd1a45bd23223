using System;
using Microsoft.Extensions.Logging;

namespace DevCred.Runtime;

/// <summary>A validated copy of <see cref="StsCredentialProviderOptions"/>, so later changes to the options do not leak in.</summary>
internal sealed class ProviderSettings
{
    public ProviderSettings(StsCredentialProviderOptions options)
    {
        ConnectTimeout = Positive(options.ConnectTimeout, nameof(options.ConnectTimeout));
        AttemptTimeout = Positive(options.AttemptTimeout, nameof(options.AttemptTimeout));
        RefreshTimeout = Positive(options.RefreshTimeout, nameof(options.RefreshTimeout));
        MaxAttempts = options.MaxAttempts >= 1 ? options.MaxAttempts
            : throw OutOfRange(nameof(options.MaxAttempts), "at least 1");
        RetryDelay = NotNegative(options.RetryDelay, nameof(options.RetryDelay));
        RetryJitter = Fraction(options.RetryJitter, nameof(options.RetryJitter));
        MaxResponseBytes = options.MaxResponseBytes >= 1 ? options.MaxResponseBytes
            : throw OutOfRange(nameof(options.MaxResponseBytes), "at least 1");
        SafetyMargin = NotNegative(options.SafetyMargin, nameof(options.SafetyMargin));
        MaxRefreshAhead = NotNegative(options.MaxRefreshAhead, nameof(options.MaxRefreshAhead));
        RefreshAheadLifetimeFraction = Fraction(options.RefreshAheadLifetimeFraction, nameof(options.RefreshAheadLifetimeFraction));
        MaxRefreshAheadJitter = NotNegative(options.MaxRefreshAheadJitter, nameof(options.MaxRefreshAheadJitter));
        RefreshAheadJitterFraction = Fraction(options.RefreshAheadJitterFraction, nameof(options.RefreshAheadJitterFraction));
        MinRefreshInterval = NotNegative(options.MinRefreshInterval, nameof(options.MinRefreshInterval));
        FailureRetryInterval = NotNegative(options.FailureRetryInterval, nameof(options.FailureRetryInterval));
        MaxFailureRetryInterval = NotNegative(options.MaxFailureRetryInterval, nameof(options.MaxFailureRetryInterval));
        ExpiredBypassInterval = NotNegative(options.ExpiredBypassInterval, nameof(options.ExpiredBypassInterval));
        FileRetryDelay = NotNegative(options.FileRetryDelay, nameof(options.FileRetryDelay));
        FileCheckInterval = NotNegative(options.FileCheckInterval, nameof(options.FileCheckInterval));
        LongLifetimeWarning = NotNegative(options.LongLifetimeWarning, nameof(options.LongLifetimeWarning));
        ClockBackwardsWarning = NotNegative(options.ClockBackwardsWarning, nameof(options.ClockBackwardsWarning));
        AllowExpiredOnFailure = options.AllowExpiredOnFailure;
        BackgroundRefresh = options.BackgroundRefresh;
        Clock = new ProviderClock(
            options.TimeProvider ?? throw new ArgumentNullException(nameof(options), "TimeProvider is null."));
        Logger = options.Logger;
        EventCallback = options.EventCallback;
    }

    public TimeSpan ConnectTimeout { get; }

    public TimeSpan AttemptTimeout { get; }

    public TimeSpan RefreshTimeout { get; }

    public int MaxAttempts { get; }

    public TimeSpan RetryDelay { get; }

    public double RetryJitter { get; }

    public int MaxResponseBytes { get; }

    public TimeSpan SafetyMargin { get; }

    public TimeSpan MaxRefreshAhead { get; }

    public double RefreshAheadLifetimeFraction { get; }

    public TimeSpan MaxRefreshAheadJitter { get; }

    public double RefreshAheadJitterFraction { get; }

    public TimeSpan MinRefreshInterval { get; }

    public TimeSpan FailureRetryInterval { get; }

    public TimeSpan MaxFailureRetryInterval { get; }

    public TimeSpan ExpiredBypassInterval { get; }

    public TimeSpan FileRetryDelay { get; }

    public TimeSpan FileCheckInterval { get; }

    public TimeSpan LongLifetimeWarning { get; }

    public TimeSpan ClockBackwardsWarning { get; }

    public bool AllowExpiredOnFailure { get; }

    public bool BackgroundRefresh { get; }

    public ProviderClock Clock { get; }

    public ILogger? Logger { get; }

    public Action<StsCredentialEvent>? EventCallback { get; }

    // Timers and CancelAfter take at most int.MaxValue milliseconds.
    private static TimeSpan Positive(TimeSpan value, string name)
        => value > TimeSpan.Zero && value.TotalMilliseconds < int.MaxValue
            ? value
            : throw OutOfRange(name, "greater than zero and less than 24 days");

    private static TimeSpan NotNegative(TimeSpan value, string name)
        => value >= TimeSpan.Zero ? value : throw OutOfRange(name, "zero or more");

    private static double Fraction(double value, string name)
        => value is >= 0 and <= 1 ? value : throw OutOfRange(name, "between 0 and 1");

    private static ArgumentOutOfRangeException OutOfRange(string name, string rule)
        => new(name, $"StsCredentialProviderOptions.{name} must be {rule}.");
}
