using System;
using System.Globalization;
using System.Threading.Tasks;
using DevCred.Runtime.Tests.Infrastructure;
using Xunit;

namespace DevCred.Runtime.Tests;

/// <summary>The credentials URI answering once: what is accepted and how each bad answer is reported.</summary>
public sealed class UriSourceTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task Success_ReturnsAllFieldsAndSendsAPlainGet()
    {
        DateTimeOffset expiration = _clock.Now.AddHours(1);
        using var server = new LoopbackServer(Reply.Json(Sts.Json(expiration)));
        using var provider = new StsCredentialProvider(TestOptions.Create(server.Uri, clock: _clock));

        StsCredential credential = await provider.GetCredentialAsync();

        Assert.Equal("STS.NTestKeyId0000000001", credential.AccessKeyId);
        Assert.Equal("test-secret-value-0001", credential.AccessKeySecret);
        Assert.Equal("test-security-token-0001", credential.SecurityToken);
        Assert.Equal(expiration, credential.Expiration);
        Assert.Equal(server.Uri.ToString(), credential.Source);
        Assert.Equal(StsCredentialSourceKind.Uri, credential.SourceKind);
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("GET /sts/credentials HTTP/1.1", request.RequestLine);
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.StartsWith("DevCred.Runtime/", request.Header("User-Agent"));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public void Success_ToleratesByteOrderMarkUnknownFieldsAndLowercaseCode()
    {
        string body = "\uFEFF{\"RequestId\":{\"nested\":[1,2]},\"Code\":\"success\",\"AccessKeyId\":\"STS.abcdefghijkl\","
            + "\"AccessKeySecret\":\"s\",\"SecurityToken\":\"t\",\"Expiration\":\"" + Sts.Iso(_clock.Now.AddHours(1)) + "\"}";
        using var server = new LoopbackServer(Reply.Json(body));
        using var provider = new StsCredentialProvider(TestOptions.Create(server.Uri, clock: _clock));

        Assert.Equal("STS.abcdefghijkl", provider.GetCredential().AccessKeyId);
    }

    [Fact]
    public void Success_AcceptsAbsentCode()
    {
        string body = "{\"AccessKeyId\":\"STS.id\",\"AccessKeySecret\":\"s\",\"SecurityToken\":\"t\","
            + "\"Expiration\":\"" + Sts.Iso(_clock.Now.AddHours(1)) + "\"}";
        using var server = new LoopbackServer(Reply.Json(body));
        using var provider = new StsCredentialProvider(TestOptions.Create(server.Uri, clock: _clock));

        Assert.Equal("t", provider.GetCredential().SecurityToken);
    }

    [Theory]
    [InlineData("Content-Type: text/plain\r\n")]
    [InlineData("")]
    public void Success_DoesNotRequireAJsonContentType(string contentType)
    {
        string body = Sts.Json(_clock.Now.AddHours(1));
        using var server = new LoopbackServer(Reply.Raw(
            "HTTP/1.1 200 OK\r\n" + contentType + "Content-Length: " + body.Length + "\r\nConnection: close\r\n\r\n" + body));
        using var provider = new StsCredentialProvider(TestOptions.Create(server.Uri, clock: _clock));

        Assert.Equal("test-security-token-0001", provider.GetCredential().SecurityToken);
    }

    [Fact]
    public void CodeNotSuccess_IsServiceErrorWithCodeAndMessage()
    {
        string body = "{\"Code\":\"Forbidden.RAM\",\"Message\":\"The role is not authorized.\",\"AccessKeyId\":null}";

        StsCredentialException error = FailWith(Reply.Json(body));

        Assert.Equal(StsCredentialErrorKind.ServiceError, error.Kind);
        Assert.Contains("'Forbidden.RAM'", error.Message);
        Assert.Contains("'The role is not authorized.'", error.Message);
        Assert.Equal(1, error.Attempts);
    }

    [Theory]
    [InlineData("{\"AccessKeyId\":\"STS.id\",")]
    [InlineData("not json")]
    [InlineData("{\"AccessKeyId\":\"STS.id\"} trailing")]
    public void MalformedJson_IsMalformedResponseWithPositionAndNotRetried(string body)
    {
        StsCredentialException error = FailWith(Reply.Json(body), out LoopbackServer server);

        Assert.Equal(StsCredentialErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("invalid or truncated JSON at line 1", error.Message);
        Assert.Equal(1, server.RequestCount);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
        server.Dispose();
    }

    [Theory]
    [InlineData("[1,2]", "an array")]
    [InlineData("\"text\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public void NonObject_IsMalformedResponseNamingTheKind(string body, string kind)
    {
        StsCredentialException error = FailWith(Reply.Json(body));

        Assert.Equal(StsCredentialErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("top-level JSON value is " + kind, error.Message);
    }

    [Theory]
    [InlineData("AccessKeyId", "12345", "a number")]
    [InlineData("AccessKeySecret", "{\"v\":1}", "an object")]
    [InlineData("SecurityToken", "true", "a boolean")]
    [InlineData("Expiration", "1716287969", "a number")]
    [InlineData("Code", "200", "a number")]
    public void WrongFieldType_IsMalformedResponseNamingTheField(string field, string json, string kind)
    {
        string body = Sts.Json(_clock.Now.AddHours(1)).Replace(
            "\"" + field + "\":\"", "\"" + field + "\":" + json + ",\"x" + field + "\":\"", StringComparison.Ordinal);

        StsCredentialException error = FailWith(Reply.Json(body));

        Assert.Equal(StsCredentialErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("field '" + field + "' is " + kind + ", not a string", error.Message);
    }

    [Fact]
    public void DuplicateField_IsMalformedResponse()
    {
        string body = Sts.Json(_clock.Now.AddHours(1)).Replace("{", "{\"AccessKeyId\":\"STS.other\",", StringComparison.Ordinal);

        StsCredentialException error = FailWith(Reply.Json(body));

        Assert.Equal(StsCredentialErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("field 'AccessKeyId' appears more than once", error.Message);
    }

    [Theory]
    [InlineData("AccessKeyId", null)]
    [InlineData("AccessKeySecret", "")]
    [InlineData("SecurityToken", "   ")]
    [InlineData("Expiration", null)]
    public void MissingOrBlankField_IsMissingFieldNamingIt(string field, string? value)
    {
        var fields = new System.Collections.Generic.Dictionary<string, string?>
        {
            ["Code"] = "Success",
            ["AccessKeyId"] = "STS.id",
            ["AccessKeySecret"] = "s",
            ["SecurityToken"] = "t",
            ["Expiration"] = Sts.Iso(_clock.Now.AddHours(1)),
        };
        fields[field] = value;

        StsCredentialException error = FailWith(Reply.Json(Sts.Json(fields)));

        Assert.Equal(StsCredentialErrorKind.MissingField, error.Kind);
        Assert.Contains("lacks field(s) " + field, error.Message);
        Assert.Contains("keys present: Code", error.Message);
    }

    [Theory]
    [InlineData("2024-05-21 10:39:29")]
    [InlineData("Tue, 21 May 2024 10:39:29 GMT")]
    [InlineData("2024-05-21T10:39:29")]
    public void UnparseableExpiration_IsInvalidExpirationQuotingIt(string expiration)
    {
        var fields = new System.Collections.Generic.Dictionary<string, string?>
        {
            ["AccessKeyId"] = "STS.id",
            ["AccessKeySecret"] = "s",
            ["SecurityToken"] = "t",
            ["Expiration"] = expiration,
        };

        StsCredentialException error = FailWith(Reply.Json(Sts.Json(fields)));

        Assert.Equal(StsCredentialErrorKind.InvalidExpiration, error.Kind);
        Assert.Contains("'" + expiration + "'", error.Message);
    }

    [Fact]
    public void ExpiredOnArrival_IsAlreadyExpiredAndNotCached()
    {
        using var server = new LoopbackServer(
            Reply.Json(Sts.Json(_clock.Now.AddSeconds(59))),
            Reply.Json(Sts.Json(_clock.Now.AddHours(1), token: "second")));
        var options = TestOptions.Create(server.Uri, clock: _clock);
        options.ExpiredBypassInterval = TimeSpan.Zero;
        using var provider = new StsCredentialProvider(options);

        var error = Assert.Throws<StsCredentialException>(provider.GetCredential);

        Assert.Equal(StsCredentialErrorKind.AlreadyExpired, error.Kind);
        Assert.Contains("expires at 2024-05-21T09:00:59Z", error.Message);
        Assert.Contains("check the clock", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, server.RequestCount);
        Assert.Equal("second", provider.GetCredential().SecurityToken);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public async Task Expiration_ParsesTheSameUnderAnyCurrentCulture(string culture)
    {
        string body = "{\"Code\":\"Success\",\"AccessKeyId\":\"STS.id\",\"AccessKeySecret\":\"s\",\"SecurityToken\":\"t\","
            + "\"Expiration\":\"2024-05-21T18:39:29.1234567+08:00\"}";
        using var server = new LoopbackServer(Reply.Json(body));
        using var provider = new StsCredentialProvider(TestOptions.Create(server.Uri, clock: _clock));
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            StsCredential credential = await provider.GetCredentialAsync();

            Assert.Equal(new DateTimeOffset(2024, 5, 21, 10, 39, 29, TimeSpan.Zero).AddTicks(1_234_567), credential.Expiration);
            Assert.Contains("2024-05-21T10:39:29Z", credential.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private StsCredentialException FailWith(Reply reply)
    {
        StsCredentialException error = FailWith(reply, out LoopbackServer server);
        server.Dispose();
        return error;
    }

    private StsCredentialException FailWith(Reply reply, out LoopbackServer server)
    {
        server = new LoopbackServer(reply);
        using var provider = new StsCredentialProvider(TestOptions.Create(server.Uri, clock: _clock));
        return Assert.Throws<StsCredentialException>(provider.GetCredential);
    }
}
