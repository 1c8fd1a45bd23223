using System;
using System.Net;
using System.Net.Http;
using DevCred.Runtime.Tests.Infrastructure;
using Xunit;

namespace DevCred.Runtime.Tests;

/// <summary>Environment variables and the process-wide default proxy; run alone and restored afterwards.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class ProcessStateTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly DateTimeOffset _expiration = DateTimeOffset.UtcNow.AddHours(1);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void NothingSet_IsNotConfiguredNamingTheUriVariableAndTheFilePath()
    {
        string absent = _directory.File("absent");
        using EnvironmentScope env = EnvironmentScope.Clean().Set("DEVCRED_CREDENTIALS_FILE", absent);
        using var provider = new StsCredentialProvider();

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.NotConfigured, error.Kind);
        Assert.Contains("ALIBABA_CLOUD_CREDENTIALS_URI is not set", error.Message);
        Assert.Contains("'" + absent + "' (from DEVCRED_CREDENTIALS_FILE) does not exist", error.Message);
        Assert.Null(error.CredentialSource);
    }

    [Fact]
    public void NothingSet_UsesTheDefaultFilePath()
    {
        using EnvironmentScope env = EnvironmentScope.Clean();
        using var provider = new StsCredentialProvider();

        Assert.Equal("/mnt/.alibabacloud/credentials", provider.Source);
    }

    [Fact]
    public void UriVariable_IsTheSource()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_expiration, token: "from-uri")));
        using EnvironmentScope env = EnvironmentScope.Clean().Set("ALIBABA_CLOUD_CREDENTIALS_URI", "  " + server.Uri + "  ");
        using var provider = new StsCredentialProvider();

        Assert.Equal("from-uri", provider.GetCredential().SecurityToken);
    }

    [Fact]
    public void BlankUriVariable_CountsAsUnset()
    {
        string path = _directory.Write("credentials", Sts.Json(_expiration, token: "from-file", code: null));
        using EnvironmentScope env = EnvironmentScope.Clean()
            .Set("ALIBABA_CLOUD_CREDENTIALS_URI", "   ")
            .Set("DEVCRED_CREDENTIALS_FILE", path);
        using var provider = new StsCredentialProvider();

        Assert.Equal("from-file", provider.GetCredential().SecurityToken);
    }

    [Fact]
    public void DevCredFileVariable_OverridesTheDefaultPath()
    {
        string path = _directory.Write("credentials", Sts.Json(_expiration, token: "from-file", code: null));
        using EnvironmentScope env = EnvironmentScope.Clean().Set("DEVCRED_CREDENTIALS_FILE", path);
        using var provider = new StsCredentialProvider();

        StsCredential credential = provider.GetCredential();

        Assert.Equal("from-file", credential.SecurityToken);
        Assert.Equal(path, credential.Source);
    }

    [Fact]
    public void FilePathOption_WinsOverTheVariable()
    {
        string fromOption = _directory.Write("a", Sts.Json(_expiration, token: "option", code: null));
        string fromVariable = _directory.Write("b", Sts.Json(_expiration, token: "variable", code: null));
        using EnvironmentScope env = EnvironmentScope.Clean().Set("DEVCRED_CREDENTIALS_FILE", fromVariable);
        using var provider = new StsCredentialProvider(new StsCredentialProviderOptions { CredentialsFilePath = fromOption });

        Assert.Equal("option", provider.GetCredential().SecurityToken);
    }

    [Fact]
    public void AlibabaCloudCredentialsFile_IsNeverReadAsJson()
    {
        string json = _directory.Write("credentials", Sts.Json(_expiration, token: "must-not-be-used", code: null));
        using EnvironmentScope env = EnvironmentScope.Clean()
            .Set("ALIBABA_CLOUD_CREDENTIALS_FILE", json)
            .Set("DEVCRED_CREDENTIALS_FILE", _directory.File("absent"));
        using var provider = new StsCredentialProvider();

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.NotConfigured, error.Kind);
        Assert.DoesNotContain(json, error.Message);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData(" TRUE ")]
    public void DisableSwitch_SkipsTheUriButKeepsTheFile(string value)
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_expiration, token: "from-uri")));
        string path = _directory.Write("credentials", Sts.Json(_expiration, token: "from-file", code: null));
        using EnvironmentScope env = EnvironmentScope.Clean()
            .Set("ALIBABA_CLOUD_CREDENTIALS_URI", server.Uri.ToString())
            .Set("ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS", value)
            .Set("DEVCRED_CREDENTIALS_FILE", path);
        using var provider = new StsCredentialProvider();

        Assert.Equal("from-file", provider.GetCredential().SecurityToken);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public void DisableSwitch_WithoutFile_NamesTheSwitch()
    {
        using EnvironmentScope env = EnvironmentScope.Clean()
            .Set("ALIBABA_CLOUD_CREDENTIALS_URI", "http://127.0.0.1:1/sts")
            .Set("ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS", "1")
            .Set("DEVCRED_CREDENTIALS_FILE", _directory.File("absent"));
        using var provider = new StsCredentialProvider();

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.NotConfigured, error.Kind);
        Assert.Contains(
            "ALIBABA_CLOUD_CREDENTIALS_URI is set but ignored because ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS is set",
            error.Message);
        Assert.Contains(_directory.File("absent"), error.Message);
    }

    [Fact]
    public void DisableSwitch_OtherValues_DoNotDisable()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_expiration, token: "from-uri")));
        using EnvironmentScope env = EnvironmentScope.Clean()
            .Set("ALIBABA_CLOUD_CREDENTIALS_URI", server.Uri.ToString())
            .Set("ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS", "0");
        using var provider = new StsCredentialProvider();

        Assert.Equal("from-uri", provider.GetCredential().SecurityToken);
    }

    [Fact]
    public void Environment_IsReadAtConstructionOnly()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_expiration, token: "from-uri")));
        using EnvironmentScope env = EnvironmentScope.Clean().Set("ALIBABA_CLOUD_CREDENTIALS_URI", server.Uri.ToString());
        using var provider = new StsCredentialProvider();

        env.Set("ALIBABA_CLOUD_CREDENTIALS_URI", "http://127.0.0.1:1/elsewhere");

        Assert.Equal(server.Uri.ToString(), provider.Source);
        Assert.Equal("from-uri", provider.GetCredential().SecurityToken);
    }

    [Fact]
    public void InvalidUriVariable_IsReportedWithTheVariableName()
    {
        using EnvironmentScope env = EnvironmentScope.Clean().Set("ALIBABA_CLOUD_CREDENTIALS_URI", "ftp://127.0.0.1/x");
        using var provider = new StsCredentialProvider();

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.InvalidUri, error.Kind);
        Assert.Contains("(from ALIBABA_CLOUD_CREDENTIALS_URI)", error.Message);
    }

    [Fact]
    public void Default_IsCreatedOnceOnFirstUseAndIgnoresDispose()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_expiration, token: "default")));
        using EnvironmentScope env = EnvironmentScope.Clean().Set("ALIBABA_CLOUD_CREDENTIALS_URI", server.Uri.ToString());

        StsCredentialProvider first = StsCredentialProvider.Default;
        first.Dispose();
        StsCredentialProvider second = StsCredentialProvider.Default;

        Assert.Same(first, second);
        Assert.Equal("default", second.GetCredential().SecurityToken);
    }

    [Fact]
    public void LoopbackUri_BypassesADeadProxy()
    {
        using var server = new LoopbackServer(Reply.Json(Sts.Json(_expiration, token: "direct")));
        string deadProxy = $"http://127.0.0.1:{LoopbackServer.DeadPort()}";
        IWebProxy savedProxy = HttpClient.DefaultProxy;
        using EnvironmentScope env = EnvironmentScope.Clean()
            .Set("HTTP_PROXY", deadProxy)
            .Set("http_proxy", deadProxy)
            .Set("NO_PROXY", null)
            .Set("no_proxy", null);
        try
        {
            HttpClient.DefaultProxy = new WebProxy(deadProxy);
            using var provider = new StsCredentialProvider(TestOptions.Create(server.Uri));

            Assert.Equal("direct", provider.GetCredential().SecurityToken);
            Assert.Equal(1, server.RequestCount);
        }
        finally
        {
            HttpClient.DefaultProxy = savedProxy;
        }
    }

    [Fact]
    public void NonLoopbackUri_GoesThroughTheDefaultProxy()
    {
        // The "proxy" is the loopback test server; the .invalid host is never resolved or contacted.
        using var proxy = new LoopbackServer(Reply.Json(Sts.Json(_expiration, token: "via-proxy")));
        IWebProxy savedProxy = HttpClient.DefaultProxy;
        try
        {
            HttpClient.DefaultProxy = new WebProxy($"http://127.0.0.1:{proxy.Port}");
            using var provider = new StsCredentialProvider(TestOptions.Create(new Uri("http://credentials.invalid/sts")));

            Assert.Equal("via-proxy", provider.GetCredential().SecurityToken);
            Assert.Equal("GET http://credentials.invalid/sts HTTP/1.1", Assert.Single(proxy.Requests).RequestLine);
        }
        finally
        {
            HttpClient.DefaultProxy = savedProxy;
        }
    }
}
