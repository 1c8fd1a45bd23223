using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DevCred.Runtime.Tests.Infrastructure;
using Xunit;

namespace DevCred.Runtime.Tests;

/// <summary>Fresh, refresh-ahead and expired states, single-flight refresh and failure handling.</summary>
public sealed class CacheTests
{
    private readonly ManualClock _clock = new();
    private readonly EventRecorder _events = new();

    [Fact]
    public async Task FreshCredential_IsReusedWithoutAnotherRequest()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))));
        using var provider = CreateProvider(server);

        StsCredential first = provider.GetCredential();
        _clock.Advance(TimeSpan.FromMinutes(44));
        StsCredential second = provider.GetCredential();
        StsCredential third = await provider.GetCredentialAsync();

        Assert.Same(first, second);
        Assert.Same(first, third);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task RefreshAhead_ReturnsCachedAtOnceAndRefreshesOnceInBackground()
    {
        var release = new TaskCompletionSource();
        using var server = new LoopbackServer(
            Reply.Json(Sts.Json(_clock.Now.AddHours(1), token: "first")),
            Reply.Json(Sts.Json(_clock.Now.AddHours(2), token: "second")).After(release.Task));
        using var provider = CreateProvider(server);
        StsCredential first = provider.GetCredential();

        // W = min(15 min, L/2) = 15 min: 50 minutes in, 10 minutes are left.
        _clock.Advance(TimeSpan.FromMinutes(50));
        StsCredential during = provider.GetCredential();
        await server.WaitForRequestsAsync(2);
        for (int i = 0; i < 20; i++)
        {
            Assert.Same(first, await provider.GetCredentialAsync());
        }

        Assert.Same(first, during);
        Assert.Equal(2, server.RequestCount);
        release.SetResult();
        await _events.WaitForAsync(StsCredentialEventKind.RefreshSucceeded, 2);
        Assert.Equal("second", provider.GetCredential().SecurityToken);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Expired_CallersWaitForTheSingleRefresh()
    {
        var release = new TaskCompletionSource();
        using var server = new LoopbackServer(
            Reply.Json(Sts.Json(_clock.Now.AddHours(1), token: "first")),
            Reply.Json(Sts.Json(_clock.Now.AddHours(2), token: "second")).After(release.Task));
        using var provider = CreateProvider(server);
        provider.GetCredential();

        // 30 s left is inside the 60 s safety margin: expired.
        _clock.Advance(TimeSpan.FromMinutes(59.5));
        Task<StsCredential>[] waiters = Enumerable.Range(0, 8).Select(_ => provider.GetCredentialAsync().AsTask()).ToArray();
        await server.WaitForRequestsAsync(2);

        Assert.All(waiters, w => Assert.False(w.IsCompleted));
        release.SetResult();
        StsCredential[] results = await Task.WhenAll(waiters);
        Assert.All(results, r => Assert.Equal("second", r.SecurityToken));
        Assert.Single(results.Distinct());
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task ColdCache_SixtyFourConcurrentCallersMakeOneRequest()
    {
        var release = new TaskCompletionSource();
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))).After(release.Task));
        using var provider = CreateProvider(server);
        using var start = new ManualResetEventSlim();

        // Blocking callers get threads of their own so that they cannot starve the thread pool the refresh runs on.
        var blocking = new Task<StsCredential>[32];
        for (int i = 0; i < blocking.Length; i++)
        {
            var result = new TaskCompletionSource<StsCredential>();
            var thread = new Thread(() =>
            {
                start.Wait();
                result.SetResult(provider.GetCredential());
            });
            thread.Start();
            blocking[i] = result.Task;
        }

        start.Set();
        Task<StsCredential>[] awaiting = Enumerable.Range(0, 32).Select(_ => provider.GetCredentialAsync().AsTask()).ToArray();
        await server.WaitForRequestsAsync(1);
        release.SetResult();
        StsCredential[] results = await Task.WhenAll(blocking.Concat(awaiting));

        Assert.Equal(64, results.Length);
        Assert.Single(results.Distinct());
        Assert.Equal(1, server.RequestCount);
        Assert.Equal(1, _events.Count(StsCredentialEventKind.RefreshStarted));
    }

    [Fact]
    public async Task RefreshFailure_ServesStaleCredentialAndWarnsOncePerStreak()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))));
        using var provider = CreateProvider(server);
        StsCredential good = provider.GetCredential();

        _clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Same(good, provider.GetCredential());
        await _events.WaitForAsync(StsCredentialEventKind.RefreshFailed);
        Assert.Same(good, provider.GetCredential());
        Assert.Equal(1 + 3, server.RequestCount);

        _clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Same(good, provider.GetCredential());
        await _events.WaitForAsync(StsCredentialEventKind.RefreshFailed, 2);

        Assert.Same(good, await provider.GetCredentialAsync());
        Assert.Equal(1, _events.Count(StsCredentialEventKind.ServedStale));
        Assert.Equal(StsCredentialErrorKind.HttpStatus, _events.All.First(e => e.Kind == StsCredentialEventKind.ServedStale).ErrorKind);
    }

    [Fact]
    public async Task FailedRefresh_NeverClearsGoodCache_AndExpiryThenThrowsExpiredWithCause()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))));
        server.Fallback = Reply.Status(503, "Service Unavailable", "{\"Code\":\"Busy\",\"Message\":\"later\"}");
        using var provider = CreateProvider(server);
        StsCredential good = provider.GetCredential();
        _clock.Advance(TimeSpan.FromMinutes(50));
        provider.GetCredential();
        await _events.WaitForAsync(StsCredentialEventKind.RefreshFailed);

        _clock.Advance(TimeSpan.FromMinutes(9.5));
        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.Expired, error.Kind);
        var cause = Assert.IsType<StsCredentialException>(error.InnerException);
        Assert.Equal(StsCredentialErrorKind.HttpStatus, cause.Kind);
        Assert.Equal(503, cause.StatusCode);
        Assert.Contains("expired at 2024-05-21T10:00:00Z", error.Message);
        Assert.Equal("test-security-token-0001", good.SecurityToken);
    }

    [Fact]
    public void AllowExpiredOnFailure_ReturnsTheExpiredCredentialAndWarnsOnce()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))));
        var options = TestOptions.Create(server.Uri, clock: _clock, events: _events);
        options.AllowExpiredOnFailure = true;
        using var provider = new StsCredentialProvider(options);
        StsCredential good = provider.GetCredential();

        _clock.Advance(TimeSpan.FromHours(2));

        Assert.Same(good, provider.GetCredential());
        Assert.Same(good, provider.GetCredential());
        Assert.Equal(1, _events.Count(StsCredentialEventKind.ServedExpired));
    }

    [Fact]
    public async Task FailureInterval_DoublesAndBlocksRefreshAheadAttempts()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))));
        var options = TestOptions.Create(server.Uri, clock: _clock, events: _events);
        options.MaxAttempts = 1;
        using var provider = new StsCredentialProvider(options);
        provider.GetCredential();
        _clock.Advance(TimeSpan.FromMinutes(46));

        provider.GetCredential();
        await _events.WaitForAsync(StsCredentialEventKind.RefreshFailed, 1);
        _clock.Advance(TimeSpan.FromSeconds(29));
        provider.GetCredential();
        int afterFirstInterval = server.RequestCount;
        _clock.Advance(TimeSpan.FromSeconds(2));
        provider.GetCredential();
        await _events.WaitForAsync(StsCredentialEventKind.RefreshFailed, 2);
        _clock.Advance(TimeSpan.FromSeconds(59));
        provider.GetCredential();
        int insideSecondInterval = server.RequestCount;
        _clock.Advance(TimeSpan.FromSeconds(2));
        provider.GetCredential();
        await _events.WaitForAsync(StsCredentialEventKind.RefreshFailed, 3);

        Assert.Equal(2, afterFirstInterval);
        Assert.Equal(3, insideSecondInterval);
        Assert.Equal(4, server.RequestCount);
    }

    [Fact]
    public void ColdFailure_IsRepeatedWithoutRequestsUntilTheBypassInterval()
    {
        using var server = new LoopbackServer();
        var options = TestOptions.Create(server.Uri, clock: _clock, events: _events);
        options.MaxAttempts = 1;
        using var provider = new StsCredentialProvider(options);

        var first = Assert.Throws<StsCredentialException>(provider.GetCredential);
        _clock.Advance(TimeSpan.FromSeconds(4));
        var second = Assert.Throws<StsCredentialException>(provider.GetCredential);
        int blocked = server.RequestCount;
        _clock.Advance(TimeSpan.FromSeconds(1));
        var third = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.HttpStatus, first.Kind);
        Assert.Same(first, second);
        Assert.Equal(1, blocked);
        Assert.Equal(2, server.RequestCount);
        Assert.NotSame(first, third);
    }

    [Fact]
    public async Task RefreshAheadResult_WaitsTheMinimumIntervalBeforeTheNextRefresh()
    {
        // With W = L the credential is inside its refresh-ahead window the moment it arrives, as a service that
        // keeps handing out the same near-expiry token would make it.
        using var server = new LoopbackServer();
        server.Fallback = Reply.Json(Sts.Json(_clock.Now.AddSeconds(120)));
        var options = TestOptions.Create(server.Uri, clock: _clock, events: _events);
        options.RefreshAheadLifetimeFraction = 1;
        using var provider = new StsCredentialProvider(options);
        provider.GetCredential();

        for (int i = 0; i < 10; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(0.4));
            provider.GetCredential();
        }

        int withinInterval = server.RequestCount;
        _clock.Advance(TimeSpan.FromSeconds(1));
        provider.GetCredential();
        await server.WaitForRequestsAsync(2);

        Assert.Equal(1, withinInterval);
        Assert.Equal(0, _events.Count(StsCredentialEventKind.RefreshFailed));
    }

    [Fact]
    public async Task Cancellation_StopsOnlyThatCallersWait()
    {
        var release = new TaskCompletionSource();
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))).After(release.Task));
        using var provider = CreateProvider(server);
        using var cancel = new CancellationTokenSource();

        Task<StsCredential> cancelled = provider.GetCredentialAsync(cancel.Token).AsTask();
        Task<StsCredential> patient = provider.GetCredentialAsync().AsTask();
        await server.WaitForRequestsAsync(1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(patient.IsCompleted);
        release.SetResult();
        StsCredential credential = await patient;
        Assert.Same(credential, provider.GetCredential());
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task Cancellation_OfTheOnlyWaiterStillCachesTheRefresh()
    {
        var release = new TaskCompletionSource();
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))).After(release.Task));
        using var provider = CreateProvider(server);
        using var cancel = new CancellationTokenSource();

        Task<StsCredential> cancelled = provider.GetCredentialAsync(cancel.Token).AsTask();
        await server.WaitForRequestsAsync(1);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        release.SetResult();
        await _events.WaitForAsync(StsCredentialEventKind.RefreshSucceeded);

        Assert.Equal("test-security-token-0001", provider.GetCredential().SecurityToken);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public void AlreadyCancelledToken_ThrowsBeforeAnyRequest()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))));
        using var provider = CreateProvider(server);

        ValueTask<StsCredential> call = provider.GetCredentialAsync(new CancellationToken(canceled: true));

        Assert.True(call.IsCanceled);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public void WallClockJumpForward_ExpiresTheCredentialEarly()
    {
        using var server = new LoopbackServer(
            Reply.Json(Sts.Json(_clock.Now.AddHours(1), token: "first")),
            Reply.Json(Sts.Json(_clock.Now.AddHours(4), token: "second")));
        using var provider = CreateProvider(server);
        provider.GetCredential();

        _clock.JumpWallClock(TimeSpan.FromHours(2));

        Assert.Equal("second", provider.GetCredential().SecurityToken);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public void WallClockJumpBack_CannotExtendTheCredentialAndIsReported()
    {
        using var server = new LoopbackServer(
            Reply.Json(Sts.Json(_clock.Now.AddHours(1), token: "first")),
            Reply.Json(Sts.Json(_clock.Now.AddHours(1), token: "second")));
        using var provider = CreateProvider(server);
        provider.GetCredential();

        // The monotonic clock says 30 s are left; the stepped-back wall clock would say 2 h 30 s.
        _clock.Advance(TimeSpan.FromMinutes(59.5));
        _clock.JumpWallClock(TimeSpan.FromHours(-2));

        Assert.Equal("second", provider.GetCredential().SecurityToken);
        Assert.Equal(2, server.RequestCount);
        Assert.Equal(1, _events.Count(StsCredentialEventKind.ClockMovedBackwards));
    }

    [Fact]
    public void LongLifetime_IsAcceptedWithAWarning()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(13))));
        using var provider = CreateProvider(server);

        provider.GetCredential();

        Assert.Equal(1, _events.Count(StsCredentialEventKind.LongLifetime));
    }

    [Fact]
    public async Task SuccessEvent_ReportsAttemptsAndWhetherTheTokenChanged()
    {
        using var server = new LoopbackServer(
            Reply.Status(500, "Internal Server Error"),
            Reply.Json(Sts.Json(_clock.Now.AddHours(1))),
            Reply.Json(Sts.Json(_clock.Now.AddHours(1))));
        using var provider = CreateProvider(server);
        provider.GetCredential();

        // The service hands out the same STS credential again, 50 minutes in.
        _clock.Advance(TimeSpan.FromMinutes(50));
        provider.GetCredential();
        await _events.WaitForAsync(StsCredentialEventKind.RefreshSucceeded, 2);

        StsCredentialEvent[] successes = _events.All.Where(e => e.Kind == StsCredentialEventKind.RefreshSucceeded).ToArray();
        Assert.Equal(2, successes[0].Attempts);
        Assert.True(successes[0].CredentialChanged);
        Assert.Equal(1, successes[1].Attempts);
        Assert.False(successes[1].CredentialChanged);
    }

    [Fact]
    public async Task BackgroundRefreshTimer_RefreshesWithoutCalls()
    {
        // Real time: with a 1 s margin and a 6 s lifetime the window W is 3 s, so the timer fires after about 3 s.
        DateTimeOffset now = DateTimeOffset.UtcNow;
        using var server = new LoopbackServer(
            Reply.Json(Sts.Json(now.AddSeconds(6), token: "first")),
            Reply.Json(Sts.Json(now.AddHours(1), token: "second")));
        var options = TestOptions.Create(server.Uri, events: _events);
        options.BackgroundRefresh = true;
        options.SafetyMargin = TimeSpan.FromSeconds(1);
        using var provider = new StsCredentialProvider(options);

        Assert.Equal("first", provider.GetCredential().SecurityToken);
        await _events.WaitForAsync(StsCredentialEventKind.RefreshSucceeded, 2);

        Assert.Equal("second", provider.GetCredential().SecurityToken);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public void Dispose_MakesFurtherCallsThrow()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1))));
        var provider = CreateProvider(server);
        provider.GetCredential();

        provider.Dispose();

        Assert.Throws<ObjectDisposedException>(provider.GetCredential);
    }

    private StsCredentialProvider CreateProvider(LoopbackServer server)
        => new(TestOptions.Create(server.Uri, clock: _clock, events: _events));
}
