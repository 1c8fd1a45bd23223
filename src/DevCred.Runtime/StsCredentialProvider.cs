using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Runtime;

/// <summary>
/// Reads the STS credential that a DataWorks development environment injects, from the credentials URI
/// (<c>ALIBABA_CLOUD_CREDENTIALS_URI</c>) or else the credentials file, and caches it until it is due for refresh.
/// </summary>
/// <remarks>
/// <para>Environment variables are read once, when the provider is constructed; for <see cref="Default"/> that is its
/// first use. A fresh cached STS credential is returned without I/O, locks or allocation. Near expiry the cached
/// STS credential is still returned while one background refresh runs; once expired, callers wait for that single
/// refresh. Thread-safe.</para>
/// <para>Nothing is logged unless <see cref="StsCredentialProviderOptions.Logger"/> is set, and no message, log line
/// or <see cref="object.ToString"/> ever contains an AccessKey secret, a security token or a response body.</para>
/// </remarks>
public sealed class StsCredentialProvider : IDisposable
{
    private static readonly Lazy<StsCredentialProvider> DefaultInstance = new(
        () => new StsCredentialProvider(new StsCredentialProviderOptions(), isDefault: true, Environment.GetEnvironmentVariable),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ProviderSettings _settings;
    private readonly CredentialSources _sources;
    private readonly ProviderEvents _events;
    private readonly CredentialRefresher _refresher;
    private readonly TimeProvider _clock;
    private readonly SharedRandom _random = new();

    // Guards only the decision to start or join the shared refresh and the swaps of schedule and cache; it is never
    // held across I/O, so waiting on it without a timeout cannot stall.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _disposal = new();
    private readonly long _backwardsTicks;
    private readonly bool _isDefault;

    private CacheEntry? _cache;
    private RefreshSchedule _schedule = RefreshSchedule.Initial;
    private Task<RefreshOutcome>? _refresh;
    private ITimer? _timer;
    private CacheEntry? _servedExpiredWarned;
    private long _wallFloor = long.MinValue;
    private int _disposed;

    /// <summary>Creates a provider with default options, reading the environment now.</summary>
    public StsCredentialProvider()
        : this(new StsCredentialProviderOptions())
    {
    }

    /// <summary>Creates a provider, reading the environment now (unless the options say not to).</summary>
    /// <param name="options">The settings; copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    /// <remarks>
    /// An invalid credentials URI does not make the constructor throw: every call then throws an
    /// <see cref="StsCredentialException"/> of kind <see cref="StsCredentialErrorKind.InvalidUri"/>.
    /// </remarks>
    public StsCredentialProvider(StsCredentialProviderOptions options)
        : this(options ?? throw new ArgumentNullException(nameof(options)), isDefault: false, Environment.GetEnvironmentVariable)
    {
    }

    internal StsCredentialProvider(StsCredentialProviderOptions options, bool isDefault, Func<string, string?> environment)
    {
        _settings = new ProviderSettings(options);
        _sources = CredentialSources.Resolve(options, environment);
        _events = new ProviderEvents(_settings.Logger, _settings.EventCallback);
        _refresher = new CredentialRefresher(_sources, _settings, _events, _random);
        _clock = _settings.TimeProvider;
        _backwardsTicks = _settings.ClockBackwardsWarning.Ticks;
        _isDefault = isDefault;
    }

    /// <summary>
    /// The shared provider with default options, created on first access (which is when it reads the environment).
    /// Disposing it has no effect.
    /// </summary>
    public static StsCredentialProvider Default => DefaultInstance.Value;

    /// <summary>The primary source: the credentials URI without user info and query, or the credentials file path.</summary>
    public string Source => _sources.RedactedUri ?? _sources.FilePath;

    /// <summary>Returns a usable STS credential, blocking only when none is cached or the cached one has expired.</summary>
    /// <returns>An STS credential that is not expired; never <see langword="null"/>.</returns>
    /// <exception cref="StsCredentialException">No usable STS credential could be obtained; see its <see cref="StsCredentialException.Kind"/>.</exception>
    /// <exception cref="ObjectDisposedException">The provider was disposed.</exception>
    public StsCredential GetCredential()
    {
        CacheEntry? entry = Volatile.Read(ref _cache);
        if (entry is not null && IsFresh(entry))
        {
            return entry.Credential;
        }

        (StsCredential? credential, Task<RefreshOutcome>? refresh) = Begin();
        if (credential is not null)
        {
            return credential;
        }

        // The refresh runs on the thread pool and awaits with ConfigureAwait(false), so blocking here cannot deadlock
        // on a SynchronizationContext.
        return Complete(refresh!.GetAwaiter().GetResult());
    }

    /// <summary>Returns a usable STS credential; completes synchronously while the cached one is fresh.</summary>
    /// <param name="cancellationToken">Stops this caller's wait only; a refresh it joined runs on and is cached.</param>
    /// <returns>An STS credential that is not expired; never <see langword="null"/>.</returns>
    /// <exception cref="StsCredentialException">No usable STS credential could be obtained; see its <see cref="StsCredentialException.Kind"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The provider was disposed.</exception>
    public ValueTask<StsCredential> GetCredentialAsync(CancellationToken cancellationToken = default)
    {
        CacheEntry? entry = Volatile.Read(ref _cache);
        if (entry is not null && !cancellationToken.IsCancellationRequested && IsFresh(entry))
        {
            return new ValueTask<StsCredential>(entry.Credential);
        }

        return GetCredentialSlowAsync(cancellationToken);
    }

    /// <summary>Stops background work and releases the HTTP client. Has no effect on <see cref="Default"/>.</summary>
    public void Dispose()
    {
        if (_isDefault || Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _disposal.Cancel();
        _gate.Wait();
        try
        {
            Volatile.Write(ref _cache, null);
            _timer?.Dispose();
            _timer = null;
        }
        finally
        {
            _gate.Release();
        }

        // The gate and the token source stay undisposed: a refresh still unwinding may touch them, and neither holds
        // an OS handle here.
        _refresher.Dispose();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsFresh(CacheEntry entry)
    {
        long wall = _clock.GetUtcNow().UtcTicks;
        long floor = Volatile.Read(ref _wallFloor);
        if (wall < floor || !entry.IsFresh(wall, _clock.GetTimestamp()))
        {
            return false;
        }

        // Raised at most once a second, so the fast path almost never writes shared memory.
        if (wall - _backwardsTicks > floor + TimeSpan.TicksPerSecond)
        {
            Volatile.Write(ref _wallFloor, wall - _backwardsTicks);
        }

        return true;
    }

    private async ValueTask<StsCredential> GetCredentialSlowAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        (StsCredential? credential, Task<RefreshOutcome>? refresh) = Begin();
        if (credential is not null)
        {
            return credential;
        }

        RefreshOutcome outcome = await TaskWaiting.WaitAsync(refresh!, cancellationToken).ConfigureAwait(false);
        return Complete(outcome);
    }

    /// <summary>Serves the cache when it is usable (starting a background refresh if due), or returns the refresh to wait on.</summary>
    private (StsCredential? Credential, Task<RefreshOutcome>? Refresh) Begin()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new ObjectDisposedException(nameof(StsCredentialProvider));
        }

        if (_sources.UriError is { } invalid)
        {
            throw new StsCredentialException(invalid.Kind, invalid.Message, invalid.CredentialSource, invalid.SourceKind);
        }

        ClockReading now = ClockReading.Read(_clock);
        WatchWallClock(now.WallTicks);
        CacheEntry? entry = Volatile.Read(ref _cache);
        switch (entry?.StateAt(now))
        {
            case CacheState.Fresh:
                if (entry.IsFileCheckDue(now.Timestamp))
                {
                    StartInBackground(RefreshReason.FileCheck, now);
                }

                return (entry.Credential, null);

            case CacheState.RefreshAhead:
                if (Volatile.Read(ref _schedule).AllowsAttempt(now.Timestamp))
                {
                    StartInBackground(RefreshReason.RefreshAhead, now);
                }

                return (entry.Credential, null);

            default:
                return (null, JoinOrStart(now));
        }
    }

    private void StartInBackground(RefreshReason reason, ClockReading now)
    {
        if (Volatile.Read(ref _refresh) is { IsCompleted: false })
        {
            return;
        }

        _gate.Wait();
        try
        {
            CacheEntry? entry = Volatile.Read(ref _cache);
            bool stillDue = reason switch
            {
                RefreshReason.FileCheck => entry is not null && entry.IsFileCheckDue(now.Timestamp),
                _ => _schedule.AllowsAttempt(now.Timestamp),
            };
            if (stillDue && _refresh is not { IsCompleted: false } && _disposed == 0)
            {
                _refresh = StartRefresh(entry, reason);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task<RefreshOutcome> JoinOrStart(ClockReading now)
    {
        _gate.Wait();
        try
        {
            if (_refresh is { IsCompleted: false } running)
            {
                return running;
            }

            CacheEntry? entry = Volatile.Read(ref _cache);
            if (entry is not null && entry.StateAt(now) != CacheState.Expired)
            {
                return Task.FromResult(RefreshOutcome.Success(entry));
            }

            RefreshReason reason = entry is null ? RefreshReason.Cold : RefreshReason.Expired;
            RefreshSchedule schedule = _schedule;
            if (schedule.AllowsAttempt(now.Timestamp) || schedule.LastError is null)
            {
                return _refresh = StartRefresh(entry, reason);
            }

            if (schedule.AllowsBypass(now.Timestamp))
            {
                Volatile.Write(ref _schedule, schedule.WithBypass(now.Timestamp, _settings));
                return _refresh = StartRefresh(entry, reason);
            }

            // Inside the failure interval: report the last failure without another request.
            return Task.FromResult(RefreshOutcome.Failure(schedule.LastError));
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task<RefreshOutcome> StartRefresh(CacheEntry? current, RefreshReason reason)
        => Task.Run(() => RunRefreshAsync(current, reason));

    private async Task<RefreshOutcome> RunRefreshAsync(CacheEntry? current, RefreshReason reason)
    {
        try
        {
            RefreshResult result = await _refresher.RefreshAsync(current, reason, _disposal.Token).ConfigureAwait(false);
            return OnSuccess(current, result);
        }
        catch (Exception) when (_disposal.IsCancellationRequested)
        {
            return RefreshOutcome.Failure(new ObjectDisposedException(nameof(StsCredentialProvider)));
        }
        catch (Exception ex)
        {
            return OnFailure(reason, ex);
        }
    }

    private RefreshOutcome OnSuccess(CacheEntry? previous, RefreshResult result)
    {
        CacheEntry entry = result.Entry;
        ClockReading now = ClockReading.Read(_clock);
        _gate.Wait();
        try
        {
            if (_disposed != 0)
            {
                return RefreshOutcome.Failure(new ObjectDisposedException(nameof(StsCredentialProvider)));
            }

            Volatile.Write(ref _cache, entry);
            if (!result.Unchanged)
            {
                bool dueAlready = entry.StateAt(now) != CacheState.Fresh;
                Volatile.Write(ref _schedule, _schedule.AfterSuccess(now.Timestamp, dueAlready, _settings));
                ScheduleTimer(entry.TimeUntilRefreshAhead(now, _clock.TimestampFrequency));
            }
        }
        finally
        {
            _gate.Release();
        }

        if (!result.Unchanged)
        {
            StsCredential credential = entry.Credential;
            bool changed = previous is null
                || !string.Equals(previous.Credential.SecurityToken, credential.SecurityToken, StringComparison.Ordinal);
            _events.RefreshSucceeded(credential, result.Elapsed, result.Attempts, changed);
            if (entry.Lifetime != TimeSpan.MaxValue && entry.Lifetime > _settings.LongLifetimeWarning)
            {
                _events.LongLifetime(credential, entry.Lifetime);
            }
        }

        return RefreshOutcome.Success(entry);
    }

    private RefreshOutcome OnFailure(RefreshReason reason, Exception error)
    {
        ClockReading now = ClockReading.Read(_clock);
        CacheEntry? cached;
        bool firstOfStreak;
        _gate.Wait();
        try
        {
            cached = Volatile.Read(ref _cache);
            firstOfStreak = _schedule.FailureStreak == 0;
            RefreshSchedule schedule = _schedule.AfterFailure(now.Timestamp, error, _settings, _random.NextDouble());
            Volatile.Write(ref _schedule, schedule);
            if (reason == RefreshReason.FileCheck && cached is not null)
            {
                // Without this every call would start another check until the file is fixed.
                long next = Timestamps.Add(now.Timestamp, _settings.FileCheckInterval, _clock.TimestampFrequency);
                Volatile.Write(ref _cache, cached.WithNextFileCheck(next));
            }

            ScheduleTimer(Timestamps.Between(now.Timestamp, Math.Max(now.Timestamp, schedule.NextAttempt), _clock.TimestampFrequency));
        }
        finally
        {
            _gate.Release();
        }

        _events.RefreshFailed(_refresher.SourceName, error);
        if (cached is not null && firstOfStreak && cached.StateAt(now) != CacheState.Expired)
        {
            _events.ServedStale(cached.Credential, error);
        }

        return RefreshOutcome.Failure(error);
    }

    /// <summary>Turns the outcome of the refresh a caller waited for into a credential or an exception.</summary>
    private StsCredential Complete(RefreshOutcome outcome)
    {
        ClockReading now = ClockReading.Read(_clock);
        if (outcome.Entry is { } refreshed && refreshed.StateAt(now) != CacheState.Expired)
        {
            return refreshed.Credential;
        }

        CacheEntry? cached = Volatile.Read(ref _cache);
        if (cached is not null && cached.StateAt(now) != CacheState.Expired)
        {
            return cached.Credential;
        }

        Exception? cause = outcome.Error ?? Volatile.Read(ref _schedule).LastError;
        if (cause is ObjectDisposedException)
        {
            ExceptionDispatchInfo.Capture(cause).Throw();
        }

        if (cached is not null)
        {
            if (!_settings.AllowExpiredOnFailure)
            {
                throw CredentialErrors.Expired(cached.Credential, cause);
            }

            if (Interlocked.Exchange(ref _servedExpiredWarned, cached) != cached)
            {
                _events.ServedExpired(cached.Credential, cause);
            }

            return cached.Credential;
        }

        // Every waiter of one refresh sees its exception, as awaiting a shared faulted task would show it.
        ExceptionDispatchInfo.Capture(cause ?? CredentialErrors.NotConfigured(_sources)).Throw();
        throw new InvalidOperationException("Unreachable.");
    }

    private void WatchWallClock(long wall)
    {
        long floor = Volatile.Read(ref _wallFloor);
        if (wall < floor)
        {
            if (Interlocked.CompareExchange(ref _wallFloor, wall - _backwardsTicks, floor) == floor)
            {
                _events.ClockMovedBackwards(TimeSpan.FromTicks(floor + _backwardsTicks - wall));
            }
        }
        else if (wall - _backwardsTicks > floor)
        {
            Interlocked.CompareExchange(ref _wallFloor, wall - _backwardsTicks, floor);
        }
    }

    /// <summary>In timer mode, starts a refresh after <paramref name="due"/>. Called under the gate.</summary>
    private void ScheduleTimer(TimeSpan due)
    {
        if (!_settings.BackgroundRefresh || _disposed != 0)
        {
            return;
        }

        // Timers take at most about 24 days; a later deadline is reached by waking up and looking again.
        TimeSpan longest = TimeSpan.FromDays(1);
        _timer?.Dispose();
        _timer = _clock.CreateTimer(
            static state => ((StsCredentialProvider)state!).OnTimer(),
            this,
            due < longest ? due : longest,
            Timeout.InfiniteTimeSpan);
    }

    private void OnTimer()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        ClockReading now = ClockReading.Read(_clock);
        CacheEntry? entry = Volatile.Read(ref _cache);
        if (entry is not null && entry.StateAt(now) == CacheState.Fresh)
        {
            _gate.Wait();
            try
            {
                ScheduleTimer(entry.TimeUntilRefreshAhead(now, _clock.TimestampFrequency));
            }
            finally
            {
                _gate.Release();
            }

            return;
        }

        StartInBackground(RefreshReason.Timer, now);
    }
}
