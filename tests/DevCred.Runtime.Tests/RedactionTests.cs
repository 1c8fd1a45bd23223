using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DevCred.Runtime.Tests.Infrastructure;
using Xunit;

namespace DevCred.Runtime.Tests;

/// <summary>No secret or security token in any exception, log line, event or ToString, whatever goes wrong.</summary>
public sealed class RedactionTests : IDisposable
{
    private static readonly string Secret = "SeCrEtVaLuE-" + Guid.NewGuid().ToString("N");
    private static readonly string Token = "SeCuRiTyToKeN-" + Guid.NewGuid().ToString("N");

    private readonly ManualClock _clock = new();
    private readonly CapturingLogger _logger = new();
    private readonly EventRecorder _events = new();
    private readonly TempDirectory _directory = new();
    private readonly List<string> _texts = new();
    private readonly List<StsCredentialErrorKind> _kinds = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task EveryFailureScenario_KeepsSecretAndTokenOutOfAllText()
    {
        string valid = Body(_clock.Now.AddHours(1));
        string withExpiration(string expiration) => valid.Replace(Sts.Iso(_clock.Now.AddHours(1)), expiration, StringComparison.Ordinal);

        FailOverHttp(Reply.Json(valid.Replace("\"Success\"", "\"Denied\"", StringComparison.Ordinal)));
        FailOverHttp(Reply.Json(valid[..(valid.IndexOf(Secret, StringComparison.Ordinal) + 10)]));
        FailOverHttp(Reply.Json("{\"AccessKeySecret\": " + Secret + "}"));
        FailOverHttp(Reply.Json("{\"AccessKeySecret\":\"" + Secret + "\\q\"}"));
        FailOverHttp(Reply.Json(valid.Replace("\"STS.NTestKeyId0000000001\"", "7", StringComparison.Ordinal)));
        FailOverHttp(Reply.Json(valid.Replace("\"AccessKeyId\":\"STS.NTestKeyId0000000001\",", "", StringComparison.Ordinal)));
        FailOverHttp(Reply.Json(valid.Replace("{", "{\"AccessKeySecret\":\"" + Secret + "\",", StringComparison.Ordinal)));
        FailOverHttp(Reply.Json(withExpiration("tomorrow")));
        FailOverHttp(Reply.Json(Body(_clock.Now.AddSeconds(10))));
        FailOverHttp(Reply.Status(500, "Internal Server Error", valid));
        FailOverHttp(Reply.Status(302, "Found", valid, "Location: http://127.0.0.1:1/?s=" + Secret));
        FailOverHttp(Reply.Status(404, Secret, valid));
        FailOverHttp(Reply.Json(valid + new string(' ', 70_000)));
        FailOverHttp(Reply.Chunked(valid.Replace("{", "{\"Pad\":\"" + new string('x', 70_000) + "\",", StringComparison.Ordinal)));
        FailOverHttp(Reply.Truncated(valid));
        FailOverHttp(Reply.SlowBody(valid, TimeSpan.FromSeconds(30)));
        FailWithUri($"http://STS.id:{Secret}@127.0.0.1:{LoopbackServer.DeadPort()}/sts?SecurityToken={Token}");
        FailWithUri($"ftp://STS.id:{Secret}@127.0.0.1/sts?SecurityToken={Token}");
        FailOverFile(valid[..(valid.Length - 20)]);
        FailOverFile(Body(_clock.Now.AddSeconds(-10)));
        FailOverFile(valid.Replace("\"SecurityToken\"", "\"Token\"", StringComparison.Ordinal));
        FailOverFile(withExpiration("21/05/2024"));
        await ServeStaleThenExpire(valid);
        await FallBackToFile(valid);

        foreach ((_, _, string line) in _logger.Entries)
        {
            _texts.Add(line);
        }

        foreach (StsCredentialEvent e in _events.All)
        {
            _texts.Add(e.ToString());
            _texts.Add(e.Error?.ToString() ?? string.Empty);
        }

        Assert.True(_texts.Count > 60, $"only {_texts.Count} texts were gathered");
        Assert.Contains(StsCredentialErrorKind.ServiceError, _kinds);
        Assert.Contains(StsCredentialErrorKind.MalformedResponse, _kinds);
        Assert.Contains(StsCredentialErrorKind.MissingField, _kinds);
        Assert.Contains(StsCredentialErrorKind.InvalidExpiration, _kinds);
        Assert.Contains(StsCredentialErrorKind.AlreadyExpired, _kinds);
        Assert.Contains(StsCredentialErrorKind.HttpStatus, _kinds);
        Assert.Contains(StsCredentialErrorKind.Timeout, _kinds);
        Assert.Contains(StsCredentialErrorKind.ConnectFailed, _kinds);
        Assert.Contains(StsCredentialErrorKind.InvalidUri, _kinds);
        Assert.Contains(StsCredentialErrorKind.FileMalformed, _kinds);
        Assert.Contains(StsCredentialErrorKind.FileExpired, _kinds);
        Assert.Contains(StsCredentialErrorKind.Expired, _kinds);
        Assert.Contains(_logger.Entries, e => e.Id.Id == 4);
        Assert.Contains(_logger.Entries, e => e.Id.Id == 5);
        Assert.All(_texts, text =>
        {
            Assert.DoesNotContain(Secret, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Token, text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void WithoutLoggerOrCallback_NothingIsReported()
    {
        using var server = new LoopbackServer();
        var options = TestOptions.Create(server.Uri, clock: _clock);

        using var provider = new StsCredentialProvider(options);
        Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Null(options.Logger);
        Assert.Null(options.EventCallback);
        Assert.Empty(_logger.Entries);
    }

    private static string Body(DateTimeOffset expiration) => Sts.Json(expiration, secret: Secret, token: Token);

    private StsCredentialProviderOptions Options(Uri? uri, string? file = null)
    {
        var options = TestOptions.Create(uri, file, _clock, _events);
        options.Logger = _logger;
        options.AttemptTimeout = TimeSpan.FromSeconds(1);
        options.MaxAttempts = 2;
        return options;
    }

    private void FailOverHttp(Reply reply)
    {
        using var server = new LoopbackServer(reply);
        server.Fallback = reply;
        using var provider = new StsCredentialProvider(Options(server.Uri));
        Record(Assert.Throws<StsCredentialException>(provider.GetCredential));
    }

    private void FailWithUri(string uri)
    {
        var options = Options(null);
        options.CredentialsUri = uri;
        using var provider = new StsCredentialProvider(options);
        _texts.Add(provider.Source);
        Record(Assert.Throws<StsCredentialException>(provider.GetCredential));
    }

    private void FailOverFile(string content)
    {
        string path = _directory.Write(Guid.NewGuid().ToString("N"), content);
        using var provider = new StsCredentialProvider(Options(null, path));
        Record(Assert.Throws<StsCredentialException>(provider.GetCredential));
    }

    private async Task ServeStaleThenExpire(string valid)
    {
        using var server = new LoopbackServer(Reply.Json(valid));
        server.Fallback = Reply.Status(500, "Internal Server Error", valid);
        using var provider = new StsCredentialProvider(Options(server.Uri));
        _texts.Add(provider.GetCredential().ToString());
        _clock.Advance(TimeSpan.FromMinutes(50));
        _texts.Add(provider.GetCredential().ToString());
        await _events.WaitForAsync(StsCredentialEventKind.ServedStale);
        _clock.Advance(TimeSpan.FromMinutes(10));
        Record(await Assert.ThrowsAsync<StsCredentialException>(() => provider.GetCredentialAsync().AsTask()));
        _clock.Advance(TimeSpan.FromMinutes(-60));
    }

    private async Task FallBackToFile(string valid)
    {
        string path = _directory.Write("fallback", valid);
        using var server = new LoopbackServer();
        server.Fallback = Reply.Status(503, "Unavailable", valid);
        using var provider = new StsCredentialProvider(Options(server.Uri, path));
        StsCredential credential = await provider.GetCredentialAsync();
        _texts.Add(credential.ToString());
        Assert.Equal(StsCredentialSourceKind.File, credential.SourceKind);
        Assert.True(File.Exists(path));
    }

    private void Record(StsCredentialException error)
    {
        _kinds.Add(error.Kind);
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            _texts.Add(e.Message);
        }

        _texts.Add(error.ToString());
        _texts.Add(error.CredentialSource ?? string.Empty);
    }
}
