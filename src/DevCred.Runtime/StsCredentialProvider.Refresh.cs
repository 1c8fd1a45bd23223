using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Runtime;

/// <summary>
/// The slow path: serve a usable cache and start a background refresh when one is due, or join the single shared
/// refresh; then the failure policy (serve stale, fall back, throw Expired or the cause).
/// </summary>
public sealed partial class StsCredentialProvider
{
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

        ClockReading now = _clock.Read();
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
        ClockReading now = _clock.Read();
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
                ScheduleTimer(entry.TimeUntilRefreshAhead(now, _clock));
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
        ClockReading now = _clock.Read();
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
                long next = _clock.Add(now.Timestamp, _settings.FileCheckInterval);
                Volatile.Write(ref _cache, cached.WithNextFileCheck(next));
            }

            ScheduleTimer(_clock.Between(now.Timestamp, Math.Max(now.Timestamp, schedule.NextAttempt)));
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
        ClockReading now = _clock.Read();
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
}
