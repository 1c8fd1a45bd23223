using System;

namespace DevCred.Runtime;

/// <summary>
/// One reading of both clocks of a <see cref="ProviderClock"/>: the wall clock (UTC ticks) and the monotonic
/// timestamp. Decisions use whichever says less time is left, so a wall-clock step cannot extend
/// an STS credential.
/// </summary>
internal readonly struct ClockReading(long wallTicks, long timestamp)
{
    public long WallTicks { get; } = wallTicks;

    public long Timestamp { get; } = timestamp;

    public DateTimeOffset Wall => new(WallTicks, TimeSpan.Zero);
}

/// <summary>Arithmetic on monotonic timestamps that saturates instead of overflowing.</summary>
internal static class Timestamps
{
    // A quarter of the range leaves room to add several such spans without wrapping.
    public const long Never = long.MaxValue / 4;

    public static long ToDelta(TimeSpan span, long frequency)
    {
        double delta = span.Ticks * ((double)frequency / TimeSpan.TicksPerSecond);
        return delta >= Never ? Never : delta <= -Never ? -Never : (long)delta;
    }

    public static long Add(long timestamp, TimeSpan span, long frequency)
    {
        if (timestamp >= Never)
        {
            return Never;
        }

        long result = timestamp + ToDelta(span, frequency);
        return result > Never ? Never : result;
    }

    public static TimeSpan Between(long start, long end, long frequency)
    {
        double ticks = (end - start) * ((double)TimeSpan.TicksPerSecond / frequency);
        return ticks >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue
            : ticks <= TimeSpan.MinValue.Ticks ? TimeSpan.MinValue
            : TimeSpan.FromTicks((long)ticks);
    }
}
