using System;
using System.Net.Http;

namespace DevCred.Runtime;

/// <summary>Delays between attempts of one refresh, and intervals between failed refreshes.</summary>
internal static class RetryTiming
{
    /// <summary>The delay before retry number <paramref name="retry"/> (1 = first retry): doubling, spread by ±jitter.</summary>
    public static TimeSpan RetryDelay(TimeSpan first, int retry, double jitter, double random)
        => Spread(Doubled(first, retry - 1, TimeSpan.MaxValue), jitter, random);

    /// <summary>
    /// The interval after failure number <paramref name="streak"/> of a streak: doubling up to a bound, spread by
    /// ±jitter.
    /// </summary>
    public static TimeSpan FailureInterval(ProviderSettings settings, int streak, double random)
        => Spread(
            Doubled(settings.FailureRetryInterval, streak - 1, settings.MaxFailureRetryInterval),
            settings.RetryJitter,
            random);

    /// <summary>The Retry-After of a response, as a delay from now; <see langword="null"/> when absent.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? delay = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return delay is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    private static TimeSpan Doubled(TimeSpan value, int doublings, TimeSpan max)
    {
        long ticks = value.Ticks;
        for (int i = 0; i < doublings && ticks < max.Ticks; i++)
        {
            ticks = ticks > long.MaxValue / 2 ? long.MaxValue : ticks * 2;
        }

        return ticks < max.Ticks ? TimeSpan.FromTicks(ticks) : max;
    }

    private static TimeSpan Spread(TimeSpan value, double jitter, double random)
    {
        double ticks = value.Ticks * (1 + (jitter * ((2 * random) - 1)));
        return ticks >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)ticks);
    }
}
