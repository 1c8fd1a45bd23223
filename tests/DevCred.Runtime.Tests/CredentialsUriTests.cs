using System;
using DevCred.Runtime.Tests.Infrastructure;
using Xunit;

namespace DevCred.Runtime.Tests;

/// <summary>Validation and redaction of the credentials URI given through the options.</summary>
public sealed class CredentialsUriTests
{
    [Theory]
    [InlineData("ftp://127.0.0.1/creds", "does not start with http:// or https://")]
    [InlineData("file:///mnt/.alibabacloud/credentials", "does not start with http:// or https://")]
    [InlineData("/relative/path", "does not start with http:// or https://")]
    [InlineData("localhost:7002/credentials", "does not start with http:// or https://")]
    [InlineData("http://", "not an absolute URI with a host")]
    [InlineData("https:///path", "not an absolute URI with a host")]
    public void DisallowedUri_IsInvalidUriOnEveryCall(string uri, string problem)
    {
        var options = TestOptions.Create();
        options.CredentialsUri = uri;
        using var provider = new StsCredentialProvider(options);

        var first = Assert.Throws<StsCredentialException>(provider.GetCredential);
        var second = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.InvalidUri, first.Kind);
        Assert.Contains(problem, first.Message);
        Assert.Contains("from the CredentialsUri option", first.Message);
        Assert.Equal(first.Message, second.Message);
    }

    [Fact]
    public void LoopbackOnly_RejectsOtherHosts()
    {
        var options = TestOptions.Create();
        options.CredentialsUri = "http://credentials.invalid:7002/sts";
        options.LoopbackOnly = true;
        using var provider = new StsCredentialProvider(options);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.InvalidUri, error.Kind);
        Assert.Contains("not a loopback address", error.Message);
    }

    [Fact]
    public void LoopbackOnly_AcceptsLocalhost()
    {
        var options = TestOptions.Create();
        options.CredentialsUri = "http://localhost:7002/api/credentials";
        options.LoopbackOnly = true;

        using var provider = new StsCredentialProvider(options);

        Assert.Equal("http://localhost:7002/api/credentials", provider.Source);
    }

    [Fact]
    public void UserInfoAndQuery_AreRemovedFromEverythingShown()
    {
        int port = LoopbackServer.DeadPort();
        var options = TestOptions.Create();
        options.CredentialsUri = $"http://user:hunter2@127.0.0.1:{port}/sts?token=q-secret#frag";
        options.MaxAttempts = 1;
        using var provider = new StsCredentialProvider(options);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal($"http://127.0.0.1:{port}/sts", provider.Source);
        Assert.Equal($"http://127.0.0.1:{port}/sts", error.CredentialSource);
        Assert.DoesNotContain("hunter2", error.ToString());
        Assert.DoesNotContain("q-secret", error.ToString());
    }

    [Theory]
    [InlineData("ftp://user:pw@host/x?token=abc", "ftp://host/x")]
    [InlineData("user:pw@host/x", "host/x")]
    [InlineData("relative?token=abc", "relative")]
    [InlineData("", "")]
    public void RedactText_DropsUserInfoAndQueryOfUnparsableText(string text, string expected)
    {
        Assert.Equal(expected, CredentialsUri.RedactText(text));
    }

    [Fact]
    public void InvalidOption_ThrowsAtConstruction()
    {
        var options = TestOptions.Create();
        options.AttemptTimeout = TimeSpan.Zero;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StsCredentialProvider(options));

        Assert.Contains("AttemptTimeout", error.Message);
    }

    [Fact]
    public void Options_AreCopiedAtConstruction()
    {
        string absent = TestOptions.AbsentFile();
        var options = TestOptions.Create(filePath: absent);
        using var provider = new StsCredentialProvider(options);

        options.CredentialsFilePath = "/elsewhere";

        Assert.Equal(absent, provider.Source);
    }
}
