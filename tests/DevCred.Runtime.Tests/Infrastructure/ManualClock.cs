using System;
using System.Threading;

namespace DevCred.Runtime.Tests.Infrastructure;

/// <summary>A clock the test moves: both clocks together, or the wall clock alone (an NTP step or a VM resume).</summary>
internal sealed class ManualClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2024, 5, 21, 9, 0, 0, TimeSpan.Zero);

    private long _wallTicks = Start.UtcTicks;
    private long _timestamp = 1_000_000_000;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public DateTimeOffset Now => GetUtcNow();

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _wallTicks), TimeSpan.Zero);

    public override long GetTimestamp() => Interlocked.Read(ref _timestamp);

    public void Advance(TimeSpan span)
    {
        Interlocked.Add(ref _wallTicks, span.Ticks);
        Interlocked.Add(ref _timestamp, span.Ticks);
    }

    public void JumpWallClock(TimeSpan span) => Interlocked.Add(ref _wallTicks, span.Ticks);
}
