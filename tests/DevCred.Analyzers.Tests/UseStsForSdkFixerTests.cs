using System.Threading.Tasks;
using DevCred.Analyzers.Bridges;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyFix = DevCred.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DevCred.Analyzers.Sdk.SdkAccessKeyAnalyzer,
    DevCred.Analyzers.UseStsForSdkFixer>;

namespace DevCred.Analyzers.Tests;

/// <summary>Each SDK family's fix alone and through Fix All; the fixed code must compile with the stand-ins and bridges.</summary>
public sealed class UseStsForSdkFixerTests
{
    private static readonly string[] Bridges =
    {
        AliyunCredentialsBridgeGenerator.BridgeSource,
        OssCredentialsBridgeGenerator.BridgeSource,
        AcsCredentialsBridgeGenerator.BridgeSource,
        MnsCredentialsBridgeGenerator.BridgeSource,
    };

    private static async Task VerifyAsync(string source, string fixedSource, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var test = new VerifyFix.Test(languageVersion) { TestCode = source, FixedCode = fixedSource };
        foreach (string extra in SdkAccessKeyTests.AllStandIns)
        {
            test.TestState.Sources.Add(extra);
            test.FixedState.Sources.Add(extra);
        }

        foreach (string bridge in Bridges)
        {
            test.TestState.Sources.Add(bridge);
            test.FixedState.Sources.Add(bridge);
        }

        await test.RunAsync();
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public async Task OpenApiConfig_GetsARefreshingCredentialClient(LanguageVersion languageVersion)
    {
        const string source = """
            using AlibabaCloud.OpenApiClient.Models;

            class C
            {
                Config Create(string id, string secret) => new Config
                {
                    {|DEVCRED005:AccessKeyId = id|},
                    AccessKeySecret = secret,
                    Endpoint = "maxcompute.cn-hangzhou.aliyuncs.com",
                };

                Config Split(string id, string secret)
                {
                    var config = new Config();
                    {|DEVCRED005:config.AccessKeyId = id|};
                    config.AccessKeySecret = secret;
                    return config;
                }
            }
            """;

        const string fixedSource = """
            using AlibabaCloud.OpenApiClient.Models;
            using Aliyun.Credentials;
            using DevCred.Runtime.Bridges;

            class C
            {
                Config Create(string id, string secret) => new Config
                {
                    Endpoint = "maxcompute.cn-hangzhou.aliyuncs.com",
                    Credential = new Client(new DevCredAliyunCredentialsProvider()),
                };

                Config Split(string id, string secret)
                {
                    var config = new Config();
                    config.Credential = new Client(new DevCredAliyunCredentialsProvider());
                    return config;
                }
            }
            """;

        await VerifyAsync(source, fixedSource, languageVersion);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public async Task OssClientAndCore_GetPerRequestProviders(LanguageVersion languageVersion)
    {
        const string source = """
            using Aliyun.Acs.Core;
            using Aliyun.Acs.Core.Auth;
            using Aliyun.Acs.Core.Profile;
            using Aliyun.OSS;

            class C
            {
                void M(string endpoint, string id, string secret, ClientConfiguration configuration)
                {
                    var oss = {|DEVCRED005:new OssClient(endpoint, id, secret, configuration)|};
                    var acs = new DefaultAcsClient(DefaultProfile.GetProfile("cn-hangzhou"), {|DEVCRED005:new AccessKeyCredentialProvider(id, secret)|});
                }
            }
            """;

        const string fixedSource = """
            using Aliyun.Acs.Core;
            using Aliyun.Acs.Core.Auth;
            using Aliyun.Acs.Core.Profile;
            using Aliyun.OSS;
            using DevCred.Runtime.Bridges;

            class C
            {
                void M(string endpoint, string id, string secret, ClientConfiguration configuration)
                {
                    var oss = new OssClient(endpoint, new DevCredOssCredentialsProvider(), configuration);
                    var acs = new DefaultAcsClient(DefaultProfile.GetProfile("cn-hangzhou"), new DevCredAcsCredentialsProvider());
                }
            }
            """;

        await VerifyAsync(source, fixedSource, languageVersion);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public async Task OssV2AndSlsBuilder_GetPerRequestLambdas(LanguageVersion languageVersion)
    {
        const string source = """
            using AlibabaCloud.OSS.V2.Credentials;
            using Aliyun.Api.LogService;

            class C
            {
                void M(string id, string secret)
                {
                    var provider = {|DEVCRED005:new StaticCredentialsProvider(id, secret)|};
                    var client = LogServiceClientBuilders.HttpBuilder
                        .Endpoint("https://cn-hangzhou.log.aliyuncs.com", "project")
                        .{|DEVCRED005:Credential(id, secret)|}
                        .Build();
                }
            }
            """;

        const string fixedSource = """
            using AlibabaCloud.OSS.V2.Credentials;
            using Aliyun.Api.LogService;
            using Aliyun.Api.LogService.Infrastructure.Authentication;
            using DevCred.Runtime;

            class C
            {
                void M(string id, string secret)
                {
                    var provider = new CredentialsProviderFunc(() => { var credential = StsCredentialProvider.Default.GetCredential(); return new Credentials(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken); });
                    var client = LogServiceClientBuilders.HttpBuilder
                        .Endpoint("https://cn-hangzhou.log.aliyuncs.com", "project")
                        .Credential(() => { var credential = StsCredentialProvider.Default.GetCredential(); return new Credential(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken); })
                        .Build();
                }
            }
            """;

        await VerifyAsync(source, fixedSource, languageVersion);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public async Task ConstructionTimeSdks_TakeOneSnapshotWithItsToken(LanguageVersion languageVersion)
    {
        const string source = """
            using Aliyun.Api.LOG;

            class C
            {
                void M(string endpoint, string id, string secret)
                {
                    var log = {|DEVCRED005:new LogClient(endpoint, id, secret)|};
                    var tea = new AlibabaCloud.OSS.Models.Config { {|DEVCRED005:AccessKeyId = id|}, AccessKeySecret = secret };
                }
            }
            """;

        const string fixedSource = """
            using Aliyun.Api.LOG;
            using DevCred.Runtime;

            class C
            {
                void M(string endpoint, string id, string secret)
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    var log = new LogClient(endpoint, credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
                    var credential2 = StsCredentialProvider.Default.GetCredential();
                    var tea = new AlibabaCloud.OSS.Models.Config { AccessKeyId = credential2.AccessKeyId, AccessKeySecret = credential2.AccessKeySecret, SecurityToken = credential2.SecurityToken, Type = "sts" };
                }
            }
            """;

        await VerifyAsync(source, fixedSource, languageVersion);
    }

    [Fact]
    public async Task CoreBasicCredentials_BecomeSessionCredentials_QualifiedWhereNamesClash()
    {
        // aliyun-net-sdk-core has a StsCredentialProvider of its own: with its namespace imported, the fix keeps DevCred's qualified.
        const string source = """
            using Aliyun.Acs.Core.Auth;

            class C
            {
                AlibabaCloudCredentials M(string id, string secret)
                {
                    return {|DEVCRED005:new BasicCredentials(id, secret)|};
                }
            }
            """;

        const string fixedSource = """
            using Aliyun.Acs.Core.Auth;

            class C
            {
                AlibabaCloudCredentials M(string id, string secret)
                {
                    var credential = DevCred.Runtime.StsCredentialProvider.Default.GetCredential();
                    return new BasicSessionCredentials(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
                }
            }
            """;

        await VerifyAsync(source, fixedSource);
    }

    [Fact]
    public async Task CoreBasicCredentials_WhereABasicCredentialsIsRequired_OfferNoFix()
    {
        // BasicSessionCredentials is not a BasicCredentials: a typed local, a field, a parameter or a var used as one
        // would stop compiling.
        const string source = """
            using Aliyun.Acs.Core.Auth;

            class C
            {
                BasicCredentials Field = {|DEVCRED005:new BasicCredentials("id", "secret")|};

                static void Use(BasicCredentials credentials) { }

                void M(string id, string secret)
                {
                    BasicCredentials typed = {|DEVCRED005:new BasicCredentials(id, secret)|};
                    Use({|DEVCRED005:new BasicCredentials(id, secret)|});
                    var inferred = {|DEVCRED005:new BasicCredentials(id, secret)|};
                    Use(inferred);
                }
            }
            """;

        await VerifyAsync(source, source);
    }

    [Fact]
    public async Task CoreBasicCredentials_InVarUsedAsTheInterface_BecomeSessionCredentials()
    {
        const string source = """
            using Aliyun.Acs.Core.Auth;

            class C
            {
                AlibabaCloudCredentials M(string id, string secret)
                {
                    var credentials = {|DEVCRED005:new BasicCredentials(id, secret)|};
                    return credentials;
                }
            }
            """;

        const string fixedSource = """
            using Aliyun.Acs.Core.Auth;

            class C
            {
                AlibabaCloudCredentials M(string id, string secret)
                {
                    var credential = DevCred.Runtime.StsCredentialProvider.Default.GetCredential();
                    var credentials = new BasicSessionCredentials(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
                    return credentials;
                }
            }
            """;

        await VerifyAsync(source, fixedSource);
    }

    [Fact]
    public async Task MnsAndCSharp73_UseTheServiceCredentialsBridge()
    {
        const string source = """
            namespace App
            {
                class C
                {
                    object M(string id, string secret) { return {|DEVCRED005:new Aliyun.MNS.MNSClient(id, secret, "https://1234.mns.cn-hangzhou.aliyuncs.com")|}; }
                }
            }
            """;

        const string fixedSource = """
            using DevCred.Runtime.Bridges;

            namespace App
            {
                class C
                {
                    object M(string id, string secret) { return new Aliyun.MNS.MNSClient(new DevCredMnsCredentials(), "https://1234.mns.cn-hangzhou.aliyuncs.com"); }
                }
            }
            """;

        await VerifyAsync(source, fixedSource, LanguageVersion.CSharp7_3);
    }

    [Fact]
    public async Task Tablestore_IsReportedWithoutAFix()
    {
        const string source = """
            class C
            {
                object M(string id, string secret) => {|DEVCRED005:new Aliyun.OTS.OTSClient("endpoint", id, secret, "instance")|};
            }
            """;

        await VerifyAsync(source, source);
    }

    [Fact]
    public async Task ModernCSharp_GlobalUsingsFileScopedTargetTypedNewPrimaryConstructor()
    {
        var test = new VerifyFix.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    namespace App;

                    public sealed class Uploader(string endpoint, string id, string secret)
                    {
                        private readonly OssClient _client = {|DEVCRED005:new(endpoint, id, secret)|};

                        public Config Api() => new() { {|DEVCRED005:AccessKeyId = id|}, AccessKeySecret = secret };
                    }
                    """,
                    "global using Aliyun.OSS;\nglobal using AlibabaCloud.OpenApiClient.Models;\n",
                },
            },
            FixedState =
            {
                Sources =
                {
                    """
                    using Aliyun.Credentials;
                    using DevCred.Runtime.Bridges;

                    namespace App;

                    public sealed class Uploader(string endpoint, string id, string secret)
                    {
                        private readonly OssClient _client = new(endpoint, new DevCredOssCredentialsProvider());

                        public Config Api() => new() { Credential = new Client(new DevCredAliyunCredentialsProvider()) };
                    }
                    """,
                    "global using Aliyun.OSS;\nglobal using AlibabaCloud.OpenApiClient.Models;\n",
                },
            },
        };

        foreach (string extra in SdkAccessKeyTests.AllStandIns)
        {
            test.TestState.Sources.Add(extra);
            test.FixedState.Sources.Add(extra);
        }

        foreach (string bridge in Bridges)
        {
            test.TestState.Sources.Add(bridge);
            test.FixedState.Sources.Add(bridge);
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task CSharp10_CredentialsInheritedFromABaseClassConstant()
    {
        const string source = """
            using Aliyun.OSS;

            namespace App;

            public abstract class AliyunSettings
            {
                protected const string Endpoint = "https://oss-cn-hangzhou.aliyuncs.com";
                protected static readonly string AccessKeyId = System.Environment.GetEnvironmentVariable("OSS_AK") ?? "";
                protected static readonly string AccessKeySecret = System.Environment.GetEnvironmentVariable("OSS_SK") ?? "";
            }

            public sealed class Uploader : AliyunSettings
            {
                public OssClient Create() => {|DEVCRED005:new OssClient(Endpoint, AccessKeyId, AccessKeySecret)|};
            }
            """;

        const string fixedSource = """
            using Aliyun.OSS;
            using DevCred.Runtime.Bridges;

            namespace App;

            public abstract class AliyunSettings
            {
                protected const string Endpoint = "https://oss-cn-hangzhou.aliyuncs.com";
                protected static readonly string AccessKeyId = System.Environment.GetEnvironmentVariable("OSS_AK") ?? "";
                protected static readonly string AccessKeySecret = System.Environment.GetEnvironmentVariable("OSS_SK") ?? "";
            }

            public sealed class Uploader : AliyunSettings
            {
                public OssClient Create() => new OssClient(Endpoint, new DevCredOssCredentialsProvider());
            }
            """;

        await VerifyAsync(source, fixedSource, LanguageVersion.CSharp10);
    }
}
