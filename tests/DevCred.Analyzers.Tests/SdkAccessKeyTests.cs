using System.Threading.Tasks;
using DevCred.Analyzers.Tests.StandIns;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DevCred.Analyzers.Sdk.SdkAccessKeyAnalyzer>;

namespace DevCred.Analyzers.Tests;

public sealed class SdkAccessKeyTests
{
    internal static readonly string[] AllStandIns =
    {
        AliyunCredentialsStandIns.Source, AcsCoreStandIns.Source, OpenApiClientStandIns.Source, TeaLegacyStandIns.Source,
        OssV1StandIns.Source, OssV2StandIns.Source, OssTeaStandIns.Source, SlsStandIns.Source, TablestoreStandIns.Source, MnsStandIns.Source,
    };

    internal static DiagnosticResult Diagnostic(int location, string member, string sdk, string advice)
        => new DiagnosticResult("DEVCRED005", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(member, sdk, advice);

    private const string PerRequest = "pass STS credentials that refresh on every request (the fix reads them through DevCred.Runtime)";
    private const string Snapshot = "pass an STS credential with its security token (the fix reads one through DevCred.Runtime; rebuild the client before it expires)";
    private const string NoSts = "the Tablestore .NET SDK takes no security token, so no STS form exists: keep the AccessKey out of code (environment variables) and limit its RAM policy";

    private static async Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(source);
        foreach (string standIn in AllStandIns)
        {
            test.TestState.Sources.Add(standIn);
        }
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task LongTermEntryPoints_AreReported_WhateverTheValueSource()
    {
        const string source = """
            using System;
            using Aliyun.OSS;

            class C
            {
                void M(string id, string secret, Func<string, string> config)
                {
                    var oss = {|#0:new OssClient("https://oss-cn-hangzhou.aliyuncs.com", id, secret)|};
                    var api = new AlibabaCloud.OpenApiClient.Models.Config { {|#1:AccessKeyId = config("ak")|}, AccessKeySecret = Environment.GetEnvironmentVariable("SK") };
                    var profile = Aliyun.Acs.Core.Profile.DefaultProfile.{|#2:GetProfile("cn-hangzhou", id, secret)|};
                    var sls = Aliyun.Api.LogService.LogServiceClientBuilders.HttpBuilder.Endpoint("https://cn-hangzhou.log.aliyuncs.com", "p").{|#3:Credential(id, secret)|}.Build();
                    var legacy = {|#4:new Aliyun.Api.LOG.LogClient("endpoint", id, secret)|};
                    var ots = {|#5:new Aliyun.OTS.OTSClient("endpoint", id, secret, "instance")|};
                    var v2 = {|#6:new AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider(id, secret)|};
                    var mns = {|#7:new Aliyun.MNS.MNSClient(id, secret, "endpoint")|};
                    var split = new AlibabaCloud.OpenApiClient.Models.Config();
                    {|#8:split.AccessKeyId = id|};
                    split.AccessKeySecret = secret;
                }
            }
            """;

        await VerifyAsync(
            source,
            null,
            Diagnostic(0, "OssClient", "Aliyun.OSS.SDK", PerRequest),
            Diagnostic(1, "Config", "AlibabaCloud.OpenApiClient", PerRequest),
            Diagnostic(2, "DefaultProfile", "aliyun-net-sdk-core", "GetProfile has no token overload: build the client with new DefaultAcsClient(profile, provider) and an STS provider"),
            Diagnostic(3, "HttpLogServiceClientBuilder", "aliyun-log-dotnetcore-sdk", PerRequest),
            Diagnostic(4, "LogClient", "SLS LogClient", Snapshot),
            Diagnostic(5, "OTSClient", "Aliyun.TableStore.SDK", NoSts),
            Diagnostic(6, "StaticCredentialsProvider", "AlibabaCloud.OSS.V2", PerRequest),
            Diagnostic(7, "MNSClient", "MNS", PerRequest),
            Diagnostic(8, "Config", "AlibabaCloud.OpenApiClient", PerRequest));
    }

    [Fact]
    public async Task StsFormsLookalikesAndAccessKeyMode_ReportNothing()
    {
        const string source = """
            using Aliyun.OSS;

            namespace MyCompany.Aliyun { public class OssClient { public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { } } }

            class C
            {
                void M(string id, string secret, string token)
                {
                    var oss = new OssClient("endpoint", id, secret, token);
                    var api = new AlibabaCloud.OpenApiClient.Models.Config { AccessKeyId = id, AccessKeySecret = secret, SecurityToken = token };
                    var sls = new Aliyun.Api.LogService.Infrastructure.Authentication.Credential(id, secret, token);
                    var mine = new MyCompany.Aliyun.OssClient("endpoint", id, secret);
                    var split = new AlibabaCloud.OpenApiClient.Models.Config();
                    split.AccessKeyId = id;
                    split.AccessKeySecret = secret;
                    split.SecurityToken = token;
                    var tea = new AlibabaCloud.OSS.Models.Config { AccessKeyId = id, AccessKeySecret = secret, SecurityToken = token, Type = "sts" };
                }
            }
            """;

        await VerifyAsync(source, null);
        await VerifyAsync(
            "class D { void M(string a, string b) { var c = new Aliyun.OSS.OssClient(\"e\", a, b); } }",
            "root = true\n[*.cs]\ndevcred.credential_mode = access_key\n");
    }

    [Fact]
    public async Task TeaOssConfigWithTokenButNoStsType_IsReported()
    {
        const string source = """
            class C
            {
                object M(string id, string secret, string token)
                    => new AlibabaCloud.OSS.Models.Config { {|#0:AccessKeyId = id|}, AccessKeySecret = secret, SecurityToken = token };
            }
            """;

        await VerifyAsync(
            source,
            null,
            Diagnostic(0, "Config", "AlibabaCloud.SDK.OSS.Client", "set SecurityToken and Type = \"sts\" from an STS credential (the fix reads one through DevCred.Runtime; rebuild the client before it expires)"));
    }

    [Fact]
    public async Task HologresConnectionString_IsReportedWithoutAFix()
    {
        const string npgsql = """
            namespace Npgsql
            {
                public class NpgsqlConnection { public NpgsqlConnection(string connectionString) { } }
                public class NpgsqlDataSource { public static NpgsqlDataSource Create(string connectionString) => null; }
            }
            """;
        const string source = """
            class C
            {
                void M(string password)
                {
                    var a = {|#0:new Npgsql.NpgsqlConnection("Host=hgprecn-cn-x.hologres.aliyuncs.com;Port=80;Database=db;Username=u;Password=p")|};
                    var b = new Npgsql.NpgsqlConnection("Host=localhost;Username=u;Password=p");
                    var c = new Npgsql.NpgsqlConnection("Host=hgprecn-cn-x.hologres.aliyuncs.com;Database=db");
                }
            }
            """;

        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(npgsql);
        test.ExpectedDiagnostics.Add(Diagnostic(0, "NpgsqlConnection", "Npgsql (Hologres)",
            "Hologres takes the AccessKey pair as user name and password; keep it out of the connection string (environment variables), and check Hologres' RAM-role login for an STS form"));
        await test.RunAsync();
    }
}
