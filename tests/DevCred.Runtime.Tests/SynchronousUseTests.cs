using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using DevCred.Runtime.Tests.Infrastructure;
using Xunit;

namespace DevCred.Runtime.Tests;

/// <summary>Blocking callers on a UI-like thread, and the cost of the fresh path in allocations.</summary>
public sealed class SynchronousUseTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void BlockingCalls_UnderASingleThreadedContext_DoNotDeadlock()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))));
        server.Fallback = Reply.Json(Sts.Json(_clock.Now.AddHours(2), token: "second"));
        using var provider = new StsCredentialProvider(TestOptions.Create(server.Uri, clock: _clock));
        StsCredential? viaSync = null;
        StsCredential? viaAsync = null;

        var thread = new Thread(() =>
        {
            // Like a UI thread that is busy here: anything posted to it never runs.
            SynchronizationContext.SetSynchronizationContext(new NeverPumpedContext());
            viaSync = provider.GetCredential();
            _clock.Advance(TimeSpan.FromHours(1));
            viaAsync = provider.GetCredentialAsync().AsTask().GetAwaiter().GetResult();
        });
        thread.Start();

        Assert.True(thread.Join(TimeSpan.FromSeconds(20)), "a blocking call deadlocked on the synchronization context");
        Assert.Equal("test-security-token-0001", viaSync!.SecurityToken);
        Assert.Equal("second", viaAsync!.SecurityToken);
    }

    [Fact]
    public async Task FreshPath_AllocatesNothing()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(DateTimeOffset.UtcNow.AddHours(1))));
        using var provider = new StsCredentialProvider(TestOptions.Create(server.Uri));
        await provider.GetCredentialAsync();
        for (int i = 0; i < 1000; i++)
        {
            provider.GetCredential();
            await provider.GetCredentialAsync();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            provider.GetCredential();
            ValueTask<StsCredential> pending = provider.GetCredentialAsync();
            Assert.True(pending.IsCompletedSuccessfully);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    private sealed class NeverPumpedContext : SynchronizationContext
    {
        private readonly ConcurrentQueue<(SendOrPostCallback, object?)> _posted = new();

        public override void Post(SendOrPostCallback d, object? state) => _posted.Enqueue((d, state));

        public override void Send(SendOrPostCallback d, object? state) => _posted.Enqueue((d, state));
    }
}
