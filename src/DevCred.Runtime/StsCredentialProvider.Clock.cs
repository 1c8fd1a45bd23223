using System;
using System.Threading;

namespace DevCred.Runtime;

/// <summary>Watching the wall clock for backward steps, and the opt-in refresh timer.</summary>
public sealed partial class StsCredentialProvider
{
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
            due < longest ? due : longest);
    }

    private void OnTimer()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        ClockReading now = _clock.Read();
        CacheEntry? entry = Volatile.Read(ref _cache);
        if (entry is not null && entry.StateAt(now) == CacheState.Fresh)
        {
            _gate.Wait();
            try
            {
                ScheduleTimer(entry.TimeUntilRefreshAhead(now, _clock));
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
