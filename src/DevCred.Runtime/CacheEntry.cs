using System;

namespace DevCred.Runtime;

internal enum CacheState
{
    Fresh,
    RefreshAhead,
    Expired,
}

/// <summary>
/// The cached STS credential and the deadlines of its states, precomputed on both clocks so that the fresh check is
/// four comparisons. Immutable: the provider swaps whole entries.
/// </summary>
internal sealed class CacheEntry
{
    private CacheEntry(
        StsCredential credential,
        TimeSpan lifetime,
        long freshUntilWall,
        long freshUntilTimestamp,
        long expiredFromWall,
        long expiredFromTimestamp,
        long nextFileCheck,
        FileStamp? fileStamp)
    {
        Credential = credential;
        Lifetime = lifetime;
        FreshUntilWall = freshUntilWall;
        FreshUntilTimestamp = freshUntilTimestamp;
        ExpiredFromWall = expiredFromWall;
        ExpiredFromTimestamp = expiredFromTimestamp;
        NextFileCheck = nextFileCheck;
        FileStamp = fileStamp;
        FastPathUntil = Math.Min(freshUntilTimestamp, nextFileCheck);
    }

    public StsCredential Credential { get; }

    /// <summary>Expiration minus the wall-clock time of the fetch; <see cref="TimeSpan.MaxValue"/> without an expiration.</summary>
    public TimeSpan Lifetime { get; }

    public long FreshUntilWall { get; }

    public long FreshUntilTimestamp { get; }

    public long ExpiredFromWall { get; }

    public long ExpiredFromTimestamp { get; }

    /// <summary>
    /// When a primary credentials file is next compared with <see cref="FileStamp"/>;
    /// <see cref="Timestamps.Never"/> otherwise.
    /// </summary>
    public long NextFileCheck { get; }

    public FileStamp? FileStamp { get; }

    /// <summary>The earlier of the fresh deadline and the file check: past it a call leaves the fast path.</summary>
    public long FastPathUntil { get; }

    /// <summary>
    /// Builds the entry for a credential fetched at <paramref name="now"/>, or returns <see langword="null"/> when it
    /// expires within the safety margin. W = max(M, min(MaxRefreshAhead, L × fraction)) plus a jitter drawn once.
    /// </summary>
    public static CacheEntry? Create(
        StsCredential credential,
        bool hasExpiration,
        ClockReading now,
        ProviderSettings settings,
        double random,
        FileStamp? fileStamp,
        bool checkFile)
    {
        ProviderClock clock = settings.Clock;
        long nextFileCheck = checkFile ? clock.Add(now.Timestamp, settings.FileCheckInterval) : Timestamps.Never;
        if (!hasExpiration)
        {
            return new CacheEntry(
                credential, TimeSpan.MaxValue, long.MaxValue, Timestamps.Never, long.MaxValue, Timestamps.Never,
                nextFileCheck, fileStamp);
        }

        long expiration = credential.Expiration.UtcTicks;
        TimeSpan lifetime = TimeSpan.FromTicks(expiration - now.WallTicks);
        TimeSpan margin = settings.SafetyMargin;
        if (lifetime <= margin)
        {
            return null;
        }

        TimeSpan proportional = TimeSpan.FromTicks((long)(lifetime.Ticks * settings.RefreshAheadLifetimeFraction));
        TimeSpan window = Max(margin, Min(settings.MaxRefreshAhead, proportional));
        TimeSpan jitterCap = Min(
            settings.MaxRefreshAheadJitter,
            TimeSpan.FromTicks((long)(window.Ticks * settings.RefreshAheadJitterFraction)));
        window += TimeSpan.FromTicks((long)(jitterCap.Ticks * random));

        return new CacheEntry(
            credential,
            lifetime,
            expiration - window.Ticks,
            clock.Add(now.Timestamp, lifetime - window),
            expiration - margin.Ticks,
            clock.Add(now.Timestamp, lifetime - margin),
            nextFileCheck,
            fileStamp);
    }

    /// <summary>The fast-path test: fresh on both clocks and no file check due.</summary>
    public bool IsFresh(long wallTicks, long timestamp) => wallTicks < FreshUntilWall && timestamp < FastPathUntil;

    /// <summary>Expired is decided first, then fresh; either clock saying "later state" wins.</summary>
    public CacheState StateAt(ClockReading now)
    {
        if (now.WallTicks >= ExpiredFromWall || now.Timestamp >= ExpiredFromTimestamp)
        {
            return CacheState.Expired;
        }

        return now.WallTicks < FreshUntilWall && now.Timestamp < FreshUntilTimestamp
            ? CacheState.Fresh
            : CacheState.RefreshAhead;
    }

    public bool IsFileCheckDue(long timestamp) => timestamp >= NextFileCheck;

    public CacheEntry WithNextFileCheck(long nextFileCheck)
        => new(
            Credential, Lifetime, FreshUntilWall, FreshUntilTimestamp, ExpiredFromWall, ExpiredFromTimestamp,
            nextFileCheck, FileStamp);

    /// <summary>How long until the fresh state ends, on the clock that says it ends sooner.</summary>
    public TimeSpan TimeUntilRefreshAhead(ClockReading now, ProviderClock clock)
        => Min(
            TimeSpan.FromTicks(Math.Max(0, FreshUntilWall - now.WallTicks)),
            clock.Between(now.Timestamp, Math.Max(now.Timestamp, FreshUntilTimestamp)));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
