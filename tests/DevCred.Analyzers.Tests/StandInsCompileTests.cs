using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using DevCred.Analyzers.Tests.StandIns;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DevCred.Analyzers.Tests;

/// <summary>
/// Every SDK stand-in, with the stand-ins it depends on, compiles on its own against the .NET 8 reference assemblies
/// as C# 7.3 and as the latest C#, and none of the DevCred analyzers reports anything in it (tests add these sources
/// next to the code under test, so a diagnostic here would show up as unexpected in every such test).
/// </summary>
public sealed class StandInsCompileTests
{
    private static readonly IReadOnlyDictionary<string, string[]> Families = new Dictionary<string, string[]>
    {
        ["AliyunCredentials"] = new[] { AliyunCredentialsStandIns.Source },
        ["AcsCore"] = new[] { AcsCoreStandIns.Source },
        ["OpenApiClient"] = new[] { OpenApiClientStandIns.Source, AliyunCredentialsStandIns.Source },
        ["TeaLegacy"] = new[] { TeaLegacyStandIns.Source, AliyunCredentialsStandIns.Source },
        ["OssV1"] = new[] { OssV1StandIns.Source },
        ["OssV2"] = new[] { OssV2StandIns.Source },
        ["OssTea"] = new[] { OssTeaStandIns.Source, AliyunCredentialsStandIns.Source },
        ["Sls"] = new[] { SlsStandIns.Source },
        ["Tablestore"] = new[] { TablestoreStandIns.Source },
        ["Mns"] = new[] { MnsStandIns.Source },
        ["All"] = new[]
        {
            AliyunCredentialsStandIns.Source, AcsCoreStandIns.Source, OpenApiClientStandIns.Source, TeaLegacyStandIns.Source,
            OssV1StandIns.Source, OssV2StandIns.Source, OssTeaStandIns.Source, SlsStandIns.Source, TablestoreStandIns.Source,
            MnsStandIns.Source,
        },
    };

    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Net80References = new(
        () => Verifiers.TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

    public static TheoryData<string, LanguageVersion> CompileCases()
    {
        var data = new TheoryData<string, LanguageVersion>();
        foreach (string family in Families.Keys)
        {
            data.Add(family, LanguageVersion.CSharp7_3);
            data.Add(family, LanguageVersion.Latest);
        }

        return data;
    }

    public static TheoryData<string> FamilyNames()
    {
        var data = new TheoryData<string>();
        foreach (string family in Families.Keys)
        {
            data.Add(family);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CompileCases))]
    public async Task StandIns_CompileWithoutErrors(string family, LanguageVersion version)
    {
        CSharpCompilation compilation = await CompileAsync(family, version);

        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public async Task StandIns_RaiseNoDevCredDiagnostics(string family)
    {
        CSharpCompilation compilation = await CompileAsync(family, LanguageVersion.Latest);
        ImmutableArray<DiagnosticAnalyzer> analyzers = typeof(HardcodedCredentialAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract
                && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        Assert.NotEmpty(analyzers);

        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics);
    }

    /// <summary>The observation members report what each client would sign with, asking providers on every call.</summary>
    [Fact]
    public async Task StandIns_SignWithWhatTheyWereGiven()
    {
        const string probe = """
            using System;
            using System.Threading.Tasks;

            public static class Probe
            {
                public static string[] Run()
                {
                    int calls = 0;
                    var counting = new Counting(() => calls++);
                    var credentials = new Aliyun.Credentials.Client(counting);
                    credentials.GetCredential();
                    credentials.GetCredential();
                    int credentialCalls = calls;
                    var sts = new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config { Type = "sts", AccessKeyId = "i", AccessKeySecret = "s", SecurityToken = "t" }).GetCredential();
                    var ak = new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config { Type = "access_key", AccessKeyId = "i", AccessKeySecret = "s", SecurityToken = "t" }).GetCredential();

                    var openApi = new AlibabaCloud.SDK.MaxCompute20220104.Client(new AlibabaCloud.OpenApiClient.Models.Config { Credential = credentials });
                    openApi.ListTables("p", new AlibabaCloud.SDK.MaxCompute20220104.Models.ListTablesRequest());
                    openApi.SignForTests();
                    var keysWin = new AlibabaCloud.SDK.Ecs20140526.Client(new AlibabaCloud.OpenApiClient.Models.Config { AccessKeyId = "i", AccessKeySecret = "s", SecurityToken = "t", Credential = credentials }).SignForTests();
                    var rpc = new AlibabaCloud.RPCClient.Client(new AlibabaCloud.RPCClient.Models.Config { AccessKeyId = "i", AccessKeySecret = "s" }).SignForTests();

                    int acsCalls = 0;
                    var acs = new Aliyun.Acs.Core.DefaultAcsClient(Aliyun.Acs.Core.Profile.DefaultProfile.GetProfile("r"), new AcsCounting(() => acsCalls++));
                    acs.SignForTests();
                    acs.SignForTests();
                    var legacy = new Aliyun.Acs.Core.DefaultAcsClient(Aliyun.Acs.Core.Profile.DefaultProfile.GetProfile("r", "i", "s")).SignForTests();
                    var session = (Aliyun.Acs.Core.Auth.BasicSessionCredentials)new Aliyun.Acs.Core.DefaultAcsClient(null, new Aliyun.Acs.Core.Auth.BasicSessionCredentials("i", "s", "t")).SignForTests();

                    int ossCalls = 0;
                    var oss = new Aliyun.OSS.OssClient("https://oss", new OssCounting(() => ossCalls++));
                    oss.ListBuckets();
                    oss.ListBuckets();
                    var ossSts = new Aliyun.OSS.OssClient("https://oss", "i", "s", "t").SignForTests();

                    int v2Calls = 0;
                    var v2 = new AlibabaCloud.OSS.V2.Client(new AlibabaCloud.OSS.V2.Configuration
                    {
                        CredentialsProvider = new AlibabaCloud.OSS.V2.Credentials.CredentialsProviderFunc(() => { v2Calls++; return new AlibabaCloud.OSS.V2.Credentials.Credentials("i", "s", "t"); }),
                    });
                    v2.SignForTests();
                    var v2Token = v2.SignForTests().SecurityToken;

                    var teaNoType = new AlibabaCloud.OSS.Client(new AlibabaCloud.OSS.Models.Config { AccessKeyId = "i", AccessKeySecret = "s", SecurityToken = "t" }).SignForTests();
                    var teaSts = new AlibabaCloud.OSS.Client(new AlibabaCloud.OSS.Models.Config { AccessKeyId = "i", AccessKeySecret = "s", SecurityToken = "t", Type = "sts" }).SignForTests();

                    int slsCalls = 0;
                    var sls = Aliyun.Api.LogService.LogServiceClientBuilders.HttpBuilder.Endpoint("e", "p")
                        .Credential(() => { slsCalls++; return new Aliyun.Api.LogService.Infrastructure.Authentication.Credential("i", "s", "t"); }).Build();
                    sls.SignForTests();
                    var slsToken = sls.SignForTests().StsToken;
                    var logClient = new Aliyun.Api.LOG.LogClient("e", "i", "s", "t").SignForTests();

                    var otsConfig = new Aliyun.OTS.OTSClientConfig("e", "i", "s", "n");
                    var ots = new Aliyun.OTS.OTSClient(otsConfig);
                    otsConfig.AccessKeyID = "i2";

                    int mnsCalls = 0;
                    var mns = new Aliyun.MNS.MNSClient(new Refreshing(() => mnsCalls++), "https://mns");
                    mns.SignForTests();
                    var mnsKey = mns.SignForTests().AccessKey;
                    var mnsSts = new Aliyun.MNS.MNSClient("i", "s", "https://mns", "t").SignForTests().SecurityToken;

                    return new[]
                    {
                        "credentials:" + credentialCalls, sts.Type + ":" + sts.SecurityToken, ak.Type + ":" + (ak.SecurityToken ?? "null"),
                        "openapi:" + calls, keysWin.Type + ":" + keysWin.SecurityToken, rpc.Type,
                        "acs:" + acsCalls, legacy.GetAccessKeyId(), session.GetSessionToken(),
                        "oss:" + ossCalls, ossSts.SecurityToken + ":" + ossSts.UseToken,
                        "v2:" + v2Calls + ":" + v2Token,
                        "tea:" + (teaNoType.SecurityToken ?? "null") + ":" + teaSts.SecurityToken,
                        "sls:" + slsCalls + ":" + slsToken, logClient.SecurityToken,
                        "ots:" + ots.SignForTests().AccessKeyID,
                        "mns:" + mnsCalls + ":" + mnsKey, mnsSts,
                    };
                }
            }

            public sealed class Counting : Aliyun.Credentials.Provider.IAlibabaCloudCredentialsProvider
            {
                private readonly Action _call;
                public Counting(Action call) { _call = call; }
                public Aliyun.Credentials.Models.CredentialModel GetCredentials() { _call(); return new Aliyun.Credentials.Models.CredentialModel { Type = "sts" }; }
                public Task<Aliyun.Credentials.Models.CredentialModel> GetCredentialsAsync() => Task.FromResult(GetCredentials());
                public string GetProviderName() => "counting";
            }

            public sealed class AcsCounting : Aliyun.Acs.Core.Auth.AlibabaCloudCredentialsProvider
            {
                private readonly Action _call;
                public AcsCounting(Action call) { _call = call; }
                public Aliyun.Acs.Core.Auth.AlibabaCloudCredentials GetCredentials() { _call(); return new Aliyun.Acs.Core.Auth.BasicSessionCredentials("i", "s", "t"); }
            }

            public sealed class OssCounting : Aliyun.OSS.Common.Authentication.ICredentialsProvider
            {
                private readonly Action _call;
                public OssCounting(Action call) { _call = call; }
                public void SetCredentials(Aliyun.OSS.Common.Authentication.ICredentials creds) { }
                public Aliyun.OSS.Common.Authentication.ICredentials GetCredentials() { _call(); return new Aliyun.OSS.Common.Authentication.DefaultCredentials("i", "s", "t"); }
            }

            public sealed class Refreshing : Aliyun.MNS.Runtime.BasicServiceCredentials
            {
                private readonly Action _call;
                public Refreshing(Action call) : base(null, null, null) { _call = call; }
                public override Aliyun.MNS.Runtime.ImmutableCredentials GetCredentials() { _call(); return new Aliyun.MNS.Runtime.ImmutableCredentials("fresh", "s", "t"); }
            }
            """;
        CSharpCompilation compilation = await CompileAsync("All", LanguageVersion.Latest);
        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(probe, new CSharpParseOptions(LanguageVersion.Latest), path: "/Probe.cs"))
            .WithReferences(((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var values = (string[])Assembly.Load(stream.ToArray()).GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!;

        Assert.Equal(
            new[]
            {
                "credentials:2", "sts:t", "access_key:null",
                "openapi:4", "sts:t", "access_key",
                "acs:2", "i", "t",
                "oss:2", "t:True",
                "v2:2:t",
                "tea:null:t",
                "sls:2:t", "t",
                "ots:i2",
                "mns:2:fresh", "t",
            },
            values);
    }

    private static async Task<CSharpCompilation> CompileAsync(string family, LanguageVersion version)
    {
        var parseOptions = new CSharpParseOptions(version);
        return CSharpCompilation.Create(
            "StandIns" + family + version,
            Families[family].Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/{family}{index}.cs")),
            await Net80References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
    }
}
