using System;

namespace DevCred.Runtime;

/// <summary>
/// When the next refresh may start: right away after a fresh result, after <c>MinRefreshInterval</c> when the result
/// was already due for refresh, after a doubling interval while refreshes fail. A caller without a usable credential
/// may bypass the failure interval, at most once per <c>ExpiredBypassInterval</c> (counted from the last failure or
/// bypass). Immutable; the provider swaps it under its gate.
/// </summary>
internal sealed class RefreshSchedule
{
    public static readonly RefreshSchedule Initial = new(long.MinValue, long.MinValue, 0, null);

    private RefreshSchedule(long nextAttempt, long bypassFrom, int failureStreak, Exception? lastError)
    {
        NextAttempt = nextAttempt;
        BypassFrom = bypassFrom;
        FailureStreak = failureStreak;
        LastError = lastError;
    }

    /// <summary>The monotonic timestamp before which no refresh starts (bypass aside).</summary>
    public long NextAttempt { get; }

    /// <summary>The monotonic timestamp from which a caller holding no usable credential may bypass <see cref="NextAttempt"/>.</summary>
    public long BypassFrom { get; }

    public int FailureStreak { get; }

    /// <summary>The failure of the last refresh, if it failed.</summary>
    public Exception? LastError { get; }

    public bool AllowsAttempt(long now) => now >= NextAttempt;

    public bool AllowsBypass(long now) => now >= BypassFrom;

    public RefreshSchedule WithBypass(long now, ProviderSettings settings)
        => new(NextAttempt, After(now, settings.ExpiredBypassInterval, settings), FailureStreak, LastError);

    public RefreshSchedule AfterSuccess(long now, bool resultNeedsRefresh, ProviderSettings settings)
        => new(resultNeedsRefresh ? After(now, settings.MinRefreshInterval, settings) : now, long.MinValue, 0, null);

    public RefreshSchedule AfterFailure(long now, Exception error, ProviderSettings settings, double random)
    {
        int streak = FailureStreak == int.MaxValue ? FailureStreak : FailureStreak + 1;
        TimeSpan interval = RetryTiming.FailureInterval(settings, streak, random);
        return new RefreshSchedule(
            After(now, interval, settings), After(now, settings.ExpiredBypassInterval, settings), streak, error);
    }

    private static long After(long now, TimeSpan interval, ProviderSettings settings)
        => settings.Clock.Add(now, interval);
}
