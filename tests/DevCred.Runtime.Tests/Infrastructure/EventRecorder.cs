using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace DevCred.Runtime.Tests.Infrastructure;

/// <summary>Collects provider events; tests wait on them instead of sleeping.</summary>
internal sealed class EventRecorder
{
    private readonly ConcurrentQueue<StsCredentialEvent> _events = new();

    public Action<StsCredentialEvent> Callback => _events.Enqueue;

    public StsCredentialEvent[] All => _events.ToArray();

    public int Count(StsCredentialEventKind kind) => _events.Count(e => e.Kind == kind);

    public async Task WaitForAsync(StsCredentialEventKind kind, int count = 1)
    {
        var limit = Stopwatch.StartNew();
        while (Count(kind) < count)
        {
            if (limit.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"Expected {count} {kind} event(s), saw {Count(kind)}.");
            }

            await Task.Delay(5);
        }
    }
}
