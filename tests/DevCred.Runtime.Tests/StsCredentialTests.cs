using System;
using System.Diagnostics;
using System.Reflection;
using Xunit;

namespace DevCred.Runtime.Tests;

public sealed class StsCredentialTests
{
    private static readonly DateTimeOffset Expiration = new(2024, 5, 21, 10, 39, 29, TimeSpan.Zero);

    [Fact]
    public void ToString_ShowsMaskedIdAndExpirationOnly()
    {
        var credential = new StsCredential(
            "STS.NUgYrLnoC37mZZCNnAbez2vQ", "secret-abc-123", "token-xyz-789", Expiration, "/tmp/x", StsCredentialSourceKind.File);

        string text = credential.ToString();

        Assert.Equal("StsCredential(STS.****z2vQ, expires 2024-05-21T10:39:29Z)", text);
        Assert.DoesNotContain("secret-abc-123", text);
        Assert.DoesNotContain("token-xyz-789", text);
        Assert.DoesNotContain("NUgYrLnoC37", text);
    }

    [Fact]
    public void DebuggerDisplay_UsesToStringAndHidesSecretMembers()
    {
        var display = typeof(StsCredential).GetCustomAttribute<DebuggerDisplayAttribute>();
        PropertyInfo secret = typeof(StsCredential).GetProperty(nameof(StsCredential.AccessKeySecret))!;
        PropertyInfo token = typeof(StsCredential).GetProperty(nameof(StsCredential.SecurityToken))!;

        Assert.Equal("{ToString(),nq}", display!.Value);
        Assert.Equal(DebuggerBrowsableState.Never, secret.GetCustomAttribute<DebuggerBrowsableAttribute>()!.State);
        Assert.Equal(DebuggerBrowsableState.Never, token.GetCustomAttribute<DebuggerBrowsableAttribute>()!.State);
    }

    [Theory]
    [InlineData("STS.NUgYrLnoC37mZZCNnAbez2vQ", "STS.****z2vQ")]
    [InlineData("LTAI5tExampleKeyId12", "****Id12")]
    [InlineData("STS.short", "STS.****")]
    public void MaskedAccessKeyId_KeepsPrefixAndLastFour(string id, string expected)
    {
        var credential = new StsCredential(id, "s", "t", Expiration, "/tmp/x", StsCredentialSourceKind.File);

        Assert.Equal(expected, credential.MaskedAccessKeyId);
    }

    [Fact]
    public void Constructor_ConvertsExpirationToUtcAndNamesProvider()
    {
        var local = new DateTimeOffset(2024, 5, 21, 18, 39, 29, TimeSpan.FromHours(8));

        var credential = new StsCredential("STS.id", "s", "t", local, "http://127.0.0.1/", StsCredentialSourceKind.Uri);

        Assert.Equal(TimeSpan.Zero, credential.Expiration.Offset);
        Assert.Equal(Expiration, credential.Expiration);
        Assert.Equal("credentials_uri", credential.ProviderName);
    }

    [Fact]
    public void Constructor_RejectsBlankSecret()
    {
        Assert.Throws<ArgumentException>(
            () => new StsCredential("STS.id", " ", "t", Expiration, "/tmp/x", StsCredentialSourceKind.File));
    }
}
