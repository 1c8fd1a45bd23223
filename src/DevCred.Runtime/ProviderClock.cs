using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace DevCred.Runtime;

/// <summary>
/// The provider's two clocks, read through the configured <see cref="TimeProvider"/>. For
/// <see cref="TimeProvider.System"/> on net8.0 the monotonic clock is <c>Environment.TickCount64</c> (milliseconds):
/// a fraction of the cost of a high-resolution timestamp on the fresh path, and ample for deadlines in seconds.
/// </summary>
internal sealed class ProviderClock
{
    private readonly TimeProvider _provider;
    private readonly bool _system;

    public ProviderClock(TimeProvider provider)
    {
        _provider = provider;
        _system = ReferenceEquals(provider, TimeProvider.System);
#if NET8_0_OR_GREATER
        Frequency = _system ? 1000 : provider.TimestampFrequency;
#else
        Frequency = provider.TimestampFrequency;
#endif
    }

    /// <summary>Monotonic timestamps per second.</summary>
    public long Frequency { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long GetWallTicks() => _system ? DateTime.UtcNow.Ticks : _provider.GetUtcNow().UtcTicks;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long GetTimestamp()
    {
#if NET8_0_OR_GREATER
        return _system ? Environment.TickCount64 : _provider.GetTimestamp();
#else
        return _provider.GetTimestamp();
#endif
    }

    public ClockReading Read() => new(GetWallTicks(), GetTimestamp());

    public long Add(long timestamp, TimeSpan span) => Timestamps.Add(timestamp, span, Frequency);

    public TimeSpan Between(long start, long end) => Timestamps.Between(start, end, Frequency);

    public ITimer CreateTimer(TimerCallback callback, object state, TimeSpan due)
        => _provider.CreateTimer(callback, state, due, Timeout.InfiniteTimeSpan);
}
