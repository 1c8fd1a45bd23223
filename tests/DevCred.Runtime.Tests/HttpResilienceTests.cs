using System;
using System.Threading.Tasks;
using DevCred.Runtime.Tests.Infrastructure;
using Xunit;

namespace DevCred.Runtime.Tests;

/// <summary>Retries, timeouts, status codes, redirects and size limits against a real loopback server.</summary>
public sealed class HttpResilienceTests
{
    private readonly ManualClock _clock = new();

    private string Good => Sts.Json(_clock.Now.AddHours(1));

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(408)]
    public void TransientStatus_IsRetriedThenSucceeds(int status)
    {
        using var server = new LoopbackServer(Reply.Status(status, "Transient"), Reply.Json(Good));
        using var provider = Create(server);

        Assert.Equal("test-secret-value-0001", provider.GetCredential().AccessKeySecret);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public void PersistentServerError_GivesUpAfterThreeAttempts()
    {
        using var server = new LoopbackServer();
        server.Fallback = Reply.Status(500, "Internal Server Error", "{\"Code\":\"InternalError\",\"Message\":\"try later\"}");
        using var provider = Create(server);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.HttpStatus, error.Kind);
        Assert.Equal(500, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, server.RequestCount);
        Assert.Contains("HTTP 500 (Internal Server Error)", error.Message);
        Assert.Contains("Code 'InternalError', Message 'try later'", error.Message);
        Assert.Contains("body of 46 bytes", error.Message);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    public void ClientError_IsNotRetried(int status)
    {
        using var server = new LoopbackServer(Reply.Status(status, "Nope"), Reply.Json(Good));
        using var provider = Create(server);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.HttpStatus, error.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public void Redirect_IsNotFollowed()
    {
        using var target = new LoopbackServer(Reply.Json(Good));
        using var server = new LoopbackServer(Reply.Status(302, "Found", "", "Location: " + target.Uri));
        using var provider = Create(server);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.HttpStatus, error.Kind);
        Assert.Equal(302, error.StatusCode);
        Assert.Contains("Redirects are not followed", error.Message);
        Assert.Equal(1, server.RequestCount);
        Assert.Equal(0, target.RequestCount);
    }

    [Fact]
    public void TooManyRequests_HonoursRetryAfter()
    {
        using var server = new LoopbackServer(Reply.Status(429, "Too Many Requests", "", "Retry-After: 1"), Reply.Json(Good));
        using var provider = Create(server);

        provider.GetCredential();

        RecordedRequest[] requests = server.Requests;
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].ArrivedAt - requests[0].ArrivedAt >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public void TooManyRequests_WithRetryAfterPastTheDeadline_FailsWithoutWaiting()
    {
        using var server = new LoopbackServer(Reply.Status(429, "Too Many Requests", "", "Retry-After: 3600"), Reply.Json(Good));
        using var provider = Create(server);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.HttpStatus, error.Kind);
        Assert.Equal(429, error.StatusCode);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public void EmptyBody_IsRetried()
    {
        using var server = new LoopbackServer(Reply.Json(""), Reply.Json(Good));
        using var provider = Create(server);

        provider.GetCredential();

        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public void ConnectionReset_IsRetriedThenSucceeds()
    {
        using var server = new LoopbackServer(Reply.Reset(), Reply.Reset(), Reply.Json(Good));
        using var provider = Create(server);

        provider.GetCredential();

        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public void ConnectionResetEveryTime_IsConnectFailed()
    {
        using var server = new LoopbackServer();
        server.Fallback = Reply.Reset();
        using var provider = Create(server);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.ConnectFailed, error.Kind);
        Assert.Equal(3, error.Attempts);
        Assert.Contains("127.0.0.1:" + server.Port, error.Message);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void RefusedConnection_IsConnectFailedNamingHostAndPort()
    {
        int port = LoopbackServer.DeadPort();
        var options = TestOptions.Create(new Uri($"http://127.0.0.1:{port}/sts"), clock: _clock);
        using var provider = new StsCredentialProvider(options);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.ConnectFailed, error.Kind);
        Assert.Contains($"127.0.0.1:{port} (connection refused) after 3 attempts", error.Message);
    }

    [Fact]
    public void TruncatedBody_IsRetriedThenSucceeds()
    {
        using var server = new LoopbackServer(Reply.Truncated(Good), Reply.Json(Good));
        using var provider = Create(server);

        provider.GetCredential();

        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public void Hang_IsTimeoutKindNotTaskCanceled()
    {
        using var server = new LoopbackServer();
        server.Fallback = Reply.Hang();
        var options = TestOptions.Create(server.Uri, clock: _clock);
        options.AttemptTimeout = TimeSpan.FromMilliseconds(400);
        options.MaxAttempts = 2;
        using var provider = new StsCredentialProvider(options);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.Timeout, error.Kind);
        Assert.Equal(2, error.Attempts);
        Assert.Contains("per-attempt timeout of 400 ms", error.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task SlowBody_IsTimeoutAndTheOverallDeadlineIsReported()
    {
        using var server = new LoopbackServer();
        server.Fallback = Reply.SlowBody(Good, TimeSpan.FromSeconds(30));
        var options = TestOptions.Create(server.Uri, clock: _clock);
        options.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.RefreshTimeout = TimeSpan.FromMilliseconds(300);
        using var provider = new StsCredentialProvider(options);

        var error = await Assert.ThrowsAsync<StsCredentialException>(() => provider.GetCredentialAsync().AsTask());

        Assert.Equal(StsCredentialErrorKind.Timeout, error.Kind);
        Assert.Contains("overall refresh deadline of 300 ms", error.Message);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public void OversizeBody_WithContentLength_IsMalformedResponse()
    {
        string huge = "{\"Padding\":\"" + new string('x', 70_000) + "\"}";
        using var server = new LoopbackServer(Reply.Json(huge));
        using var provider = Create(server);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("exceeds the limit of 65536 bytes", error.Message);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public void OversizeBody_Chunked_IsMalformedResponse()
    {
        string huge = "{\"Padding\":\"" + new string('x', 70_000) + "\"}";
        using var server = new LoopbackServer(Reply.Chunked(huge));
        using var provider = Create(server);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("exceeds the limit of 65536 bytes", error.Message);
    }

    [Fact]
    public void BodyJustUnderTheCap_IsAccepted()
    {
        string body = Good.Replace("{", "{\"Padding\":\"" + new string('x', 60_000) + "\",", StringComparison.Ordinal);
        using var server = new LoopbackServer(Reply.Chunked(body));
        using var provider = Create(server);

        Assert.Equal("test-security-token-0001", provider.GetCredential().SecurityToken);
    }

    private StsCredentialProvider Create(LoopbackServer server) => new(TestOptions.Create(server.Uri, clock: _clock));
}
