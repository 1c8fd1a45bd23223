using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DevCred.Runtime.Tests.Infrastructure;
using Xunit;

namespace DevCred.Runtime.Tests;

/// <summary>The credentials file as the only source and as the fallback of the credentials URI.</summary>
public sealed class FileSourceTests : IDisposable
{
    private readonly ManualClock _clock = new();
    private readonly EventRecorder _events = new();
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void FileOnly_ReturnsTheFileCredential()
    {
        string path = _directory.Write("credentials", FileJson(_clock.Now.AddHours(1), "file-token"));
        using var provider = Create(uri: null, path);

        StsCredential credential = provider.GetCredential();

        Assert.Equal("file-token", credential.SecurityToken);
        Assert.Equal(path, credential.Source);
        Assert.Equal(StsCredentialSourceKind.File, credential.SourceKind);
        Assert.Equal(path, provider.Source);
    }

    [Fact]
    public void FileWithoutExpiration_NeverExpires()
    {
        string path = _directory.Write(
            "credentials", "{\"AccessKeyId\":\"STS.fileid\",\"AccessKeySecret\":\"s\",\"SecurityToken\":\"t\"}");
        using var provider = Create(uri: null, path);

        StsCredential credential = provider.GetCredential();
        _clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(DateTimeOffset.MaxValue, credential.Expiration);
        Assert.Contains("expires never", credential.ToString());
        Assert.Same(credential, provider.GetCredential());
    }

    [Fact]
    public void FileWithCodeOtherThanSuccess_IgnoresCode()
    {
        string path = _directory.Write("credentials", Sts.Json(_clock.Now.AddHours(1), code: "Whatever"));
        using var provider = Create(uri: null, path);

        Assert.Equal("test-security-token-0001", provider.GetCredential().SecurityToken);
    }

    [Fact]
    public void ExpiredFile_IsFileExpired()
    {
        string path = _directory.Write("credentials", FileJson(_clock.Now.AddSeconds(-5), "old"));
        using var provider = Create(uri: null, path);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.FileExpired, error.Kind);
        Assert.Equal(path, error.CredentialSource);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void MalformedFile_IsFileMalformedNamingThePath()
    {
        string path = _directory.Write("credentials", "{\"AccessKeyId\":\"STS.id\",\"AccessKeySecret\":");
        using var provider = Create(uri: null, path);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.FileMalformed, error.Kind);
        Assert.Contains("'" + path + "'", error.Message);
        Assert.Equal(2, error.Attempts);
    }

    [Fact]
    public void FileMissingAField_IsFileMalformedNamingTheField()
    {
        string path = _directory.Write("credentials", "{\"AccessKeyId\":\"STS.id\",\"SecurityToken\":\"t\"}");
        using var provider = Create(uri: null, path);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.FileMalformed, error.Kind);
        Assert.Contains("lacks field(s) AccessKeySecret", error.Message);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public void OversizeFile_IsFileMalformed()
    {
        string path = _directory.Write("credentials", "{\"Padding\":\"" + new string('x', 70_000) + "\"}");
        using var provider = Create(uri: null, path);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.FileMalformed, error.Kind);
        Assert.Contains("larger than 65536 bytes", error.Message);
    }

    [Fact]
    public void UriFailure_OnColdCache_FallsBackToTheFile()
    {
        string path = _directory.Write("credentials", FileJson(_clock.Now.AddHours(1), "file-token"));
        using var server = new LoopbackServer();
        using var provider = Create(server.Uri, path);

        StsCredential credential = provider.GetCredential();

        Assert.Equal("file-token", credential.SecurityToken);
        Assert.Equal(StsCredentialSourceKind.File, credential.SourceKind);
        Assert.Equal(3, server.RequestCount);
        StsCredentialEvent fellBack = Assert.Single(_events.All, e => e.Kind == StsCredentialEventKind.FellBackToFile);
        Assert.Equal(StsCredentialErrorKind.HttpStatus, fellBack.ErrorKind);
    }

    [Fact]
    public async Task UriFailure_WhileCacheIsValid_ServesStaleInsteadOfTheFile()
    {
        string path = _directory.Write("credentials", FileJson(_clock.Now.AddHours(2), "file-token"));
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_clock.Now.AddHours(1), token: "uri-token")));
        using var provider = Create(server.Uri, path);
        provider.GetCredential();

        _clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal("uri-token", provider.GetCredential().SecurityToken);
        await _events.WaitForAsync(StsCredentialEventKind.RefreshFailed);
        Assert.Equal("uri-token", provider.GetCredential().SecurityToken);
        Assert.Equal(0, _events.Count(StsCredentialEventKind.FellBackToFile));

        _clock.Advance(TimeSpan.FromMinutes(9.5));
        Assert.Equal("file-token", provider.GetCredential().SecurityToken);
        Assert.Equal(1, _events.Count(StsCredentialEventKind.FellBackToFile));
    }

    [Fact]
    public void UriFailure_WithoutAFile_ReportsTheUriError()
    {
        using var server = new LoopbackServer();
        using var provider = Create(server.Uri, TestOptions.AbsentFile());

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.HttpStatus, error.Kind);
        Assert.Equal(0, _events.Count(StsCredentialEventKind.FellBackToFile));
    }

    [Fact]
    public void UriFailure_WithABrokenFile_ReportsTheUriErrorAndLogsTheFileError()
    {
        string path = _directory.Write("credentials", "{}");
        using var server = new LoopbackServer();
        using var provider = Create(server.Uri, path);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.HttpStatus, error.Kind);
        Assert.Contains(_events.All, e => e.Kind == StsCredentialEventKind.RefreshFailed
            && e.ErrorKind == StsCredentialErrorKind.FileMalformed && e.Source == path);
    }

    [Fact]
    public async Task TornFile_IsReadAgainAfterTheDelay()
    {
        string full = FileJson(_clock.Now.AddHours(1), "complete");
        string path = _directory.Write("credentials", full[..(full.Length / 2)]);
        var reader = new CredentialsFileReader(
            path,
            65536,
            TimeSpan.FromMilliseconds(100),
            (delay, _) =>
            {
                Assert.Equal(TimeSpan.FromMilliseconds(100), delay);
                File.WriteAllText(path, full);
                return Task.CompletedTask;
            });

        FileReadResult? result = await reader.ReadAsync(CancellationToken.None);

        Assert.NotNull(result);
        Assert.Equal("complete", result.Credential.SecurityToken);
        Assert.Equal(2, result.Attempts);
    }

    [Fact]
    public async Task FileRewrittenInPlaceDuringReads_YieldsOnlyWholeCredentialsOrFileMalformed()
    {
        string first = FileJson(_clock.Now.AddHours(1), "token-a");
        string second = FileJson(_clock.Now.AddHours(2), "token-bb");
        string path = _directory.Write("credentials", first);
        var reader = new CredentialsFileReader(path, 65536, TimeSpan.FromMilliseconds(1));
        using var stop = new CancellationTokenSource();
        Task writer = Task.Run(() =>
        {
            // Rewrites in place, as a producer without an atomic rename would: truncate, then write in two pieces.
            for (int i = 0; i < 300 && !stop.IsCancellationRequested; i++)
            {
                byte[] content = System.Text.Encoding.UTF8.GetBytes(i % 2 == 0 ? second : first);
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                stream.SetLength(0);
                stream.Write(content, 0, content.Length / 2);
                stream.Flush();
                stream.Write(content, content.Length / 2, content.Length - (content.Length / 2));
            }
        });

        int whole = 0;
        int malformed = 0;
        while (!writer.IsCompleted)
        {
            try
            {
                FileReadResult? result = await reader.ReadAsync(CancellationToken.None);
                Assert.Contains(result!.Credential.SecurityToken, new[] { "token-a", "token-bb" });
                whole++;
            }
            catch (StsCredentialException ex)
            {
                Assert.Equal(StsCredentialErrorKind.FileMalformed, ex.Kind);
                malformed++;
            }
        }

        await writer;
        Assert.True(whole > 0);
    }

    [Fact]
    public async Task RewrittenFile_IsReadAgainAtTheNextCheck()
    {
        string path = _directory.Write("credentials", FileJson(_clock.Now.AddHours(1), "token-a"));
        using var provider = Create(uri: null, path);
        Assert.Equal("token-a", provider.GetCredential().SecurityToken);

        File.WriteAllText(path, FileJson(_clock.Now.AddHours(1), "token-bbbb"));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(10));
        Assert.Equal("token-a", provider.GetCredential().SecurityToken);
        _clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal("token-a", provider.GetCredential().SecurityToken);
        await _events.WaitForAsync(StsCredentialEventKind.RefreshSucceeded, 2);

        Assert.Equal("token-bbbb", provider.GetCredential().SecurityToken);
    }

    [Fact]
    public async Task UnchangedFile_IsNotReadAgainAtTheCheck()
    {
        string path = _directory.Write("credentials", FileJson(_clock.Now.AddHours(1), "token-a"));
        using var provider = Create(uri: null, path);
        StsCredential first = provider.GetCredential();

        for (int i = 0; i < 5; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(6));
            Assert.Same(first, await provider.GetCredentialAsync());
            await Task.Delay(20);
        }

        Assert.Equal(1, _events.Count(StsCredentialEventKind.RefreshStarted));
    }

    [Fact]
    public async Task FileCredential_InRefreshAhead_IsReadAgain()
    {
        string path = _directory.Write("credentials", FileJson(_clock.Now.AddHours(1), "token-a"));
        var options = TestOptions.Create(null, path, _clock, _events);
        options.FileCheckInterval = TimeSpan.FromHours(1);
        using var provider = new StsCredentialProvider(options);
        provider.GetCredential();

        File.WriteAllText(path, FileJson(_clock.Now.AddHours(2), "token-b"));
        _clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal("token-a", provider.GetCredential().SecurityToken);
        await _events.WaitForAsync(StsCredentialEventKind.RefreshSucceeded, 2);

        Assert.Equal("token-b", provider.GetCredential().SecurityToken);
    }

    [Fact]
    public void NothingConfigured_IsNotConfiguredNamingBothSources()
    {
        string absent = TestOptions.AbsentFile();
        using var provider = Create(uri: null, absent);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.NotConfigured, error.Kind);
        Assert.Contains("ALIBABA_CLOUD_CREDENTIALS_URI", error.Message);
        Assert.Contains("'" + absent + "'", error.Message);
        Assert.Contains("DEVCRED_CREDENTIALS_FILE", error.Message);
    }

    [Fact]
    public void FileAppearingLater_IsPickedUpAfterTheBypassInterval()
    {
        string path = _directory.File("credentials");
        using var provider = Create(uri: null, path);
        Assert.Throws<StsCredentialException>(provider.GetCredential);

        File.WriteAllText(path, FileJson(_clock.Now.AddHours(1), "late"));
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("late", provider.GetCredential().SecurityToken);
    }

    private static string FileJson(DateTimeOffset expiration, string token)
        => Sts.Json(expiration, token: token, code: null);

    private StsCredentialProvider Create(Uri? uri, string path)
        => new(TestOptions.Create(uri, path, _clock, _events));
}
