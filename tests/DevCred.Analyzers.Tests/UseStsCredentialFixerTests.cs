using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DevCred.Analyzers.HardcodedCredentialAnalyzer,
    DevCred.Analyzers.HardcodedCredentialFixer>;

namespace DevCred.Analyzers.Tests;

public sealed class UseStsCredentialFixerTests
{
    private const string ConfigType = """

        namespace AlibabaCloud.OpenApiClient.Models
        {
            public class Config
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string SecurityToken { get; set; }
                public string Endpoint { get; set; }
            }
        }
        """;

    private const string OssClientType = """

        namespace Aliyun.OSS
        {
            public class ClientConfiguration { }

            public class OssClient
            {
                public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { }
                public OssClient(string endpoint, string accessKeyId, string accessKeySecret, string securityToken) { }
                public OssClient(string endpoint, string accessKeyId, string accessKeySecret, ClientConfiguration configuration) { }
            }
        }
        """;

    [Fact]
    public async Task ObjectInitializerPair_ReadsOneSnapshotAndAddsSecurityToken()
    {
        const string source = """
            using AlibabaCloud.OpenApiClient.Models;

            class C
            {
                Config Create()
                {
                    var config = new Config
                    {
                        AccessKeyId = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|},
                        AccessKeySecret = {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|},
                        Endpoint = "ecs.cn-hangzhou.aliyuncs.com",
                    };
                    return config;
                }
            }
            """ + ConfigType;

        const string fixedSource = """
            using AlibabaCloud.OpenApiClient.Models;
            using DevCred.Runtime;

            class C
            {
                Config Create()
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    var config = new Config
                    {
                        AccessKeyId = credential.AccessKeyId,
                        AccessKeySecret = credential.AccessKeySecret,
                        Endpoint = "ecs.cn-hangzhou.aliyuncs.com",
                        SecurityToken = credential.SecurityToken,
                    };
                    return config;
                }
            }
            """ + ConfigType;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task ConstructorWithTokenOverload_PassesSecurityToken()
    {
        const string source = """
            using Aliyun.OSS;

            class C
            {
                void M(string endpoint)
                {
                    var client = new OssClient(endpoint, {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|}, {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|});
                }
            }
            """ + OssClientType;

        const string fixedSource = """
            using Aliyun.OSS;
            using DevCred.Runtime;

            class C
            {
                void M(string endpoint)
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    var client = new OssClient(endpoint, credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
                }
            }
            """ + OssClientType;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task TopLevelStatementsWithGlobalUsing_AddNoDuplicateUsing()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication,
                Sources =
                {
                    """
                    var accessKeyId = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|};
                    System.Console.WriteLine(accessKeyId.Length);
                    """,
                    "global using DevCred.Runtime;",
                },
            },
            FixedState =
            {
                Sources =
                {
                    """
                    var credential = StsCredentialProvider.Default.GetCredential();
                    var accessKeyId = credential.AccessKeyId;
                    System.Console.WriteLine(accessKeyId.Length);
                    """,
                    "global using DevCred.Runtime;",
                },
            },
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task FileScopedNamespaceAndTakenName_PicksFreshLocalName()
    {
        const string source = """
            namespace App;

            class C
            {
                string M(string credential)
                {
                    string secret = {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|};
                    return credential + secret;
                }
            }
            """;

        const string fixedSource = """
            using DevCred.Runtime;

            namespace App;

            class C
            {
                string M(string credential)
                {
                    var credential2 = StsCredentialProvider.Default.GetCredential();
                    string secret = credential2.AccessKeySecret;
                    return credential + secret;
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task PairInAnExpressionBody_OneFixRewritesBoth()
    {
        // No statement can hold a snapshot here; fixing the ID alone would pair an STS ID with the long-term secret.
        const string source = """
            class Config
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string SecurityToken { get; set; }
            }

            class C
            {
                Config M() => new Config { AccessKeyId = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|}, AccessKeySecret = {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|} };
            }
            """;

        const string fixedSource = """
            using DevCred.Runtime;

            class Config
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string SecurityToken { get; set; }
            }

            class C
            {
                Config M() => new Config { AccessKeyId = StsCredentialProvider.Default.GetCredential().AccessKeyId, AccessKeySecret = StsCredentialProvider.Default.GetCredential().AccessKeySecret, SecurityToken = StsCredentialProvider.Default.GetCredential().SecurityToken };
            }
            """;

        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, NumberOfIncrementalIterations = 1, NumberOfFixAllIterations = 1 };
        await test.RunAsync();
    }

    [Fact]
    public async Task OptionalTokenParameter_GetsTheSecurityToken()
    {
        // The log SDK's Credential(accessKeyId, accessKey, stsToken = null): an STS pair without its token signs nothing.
        const string source = """
            using Aliyun.Api.LogService.Infrastructure.Authentication;

            class C
            {
                Credential M()
                {
                    var c = new Credential({|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|}, {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|});
                    return c;
                }
            }
            """;

        const string fixedSource = """
            using Aliyun.Api.LogService.Infrastructure.Authentication;
            using DevCred.Runtime;

            class C
            {
                Credential M()
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    var c = new Credential(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
                    return c;
                }
            }
            """;

        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.Sources.Add(StandIns.SlsStandIns.Source);
        test.FixedState.Sources.Add(StandIns.SlsStandIns.Source);
        await test.RunAsync();
    }

    [Fact]
    public async Task UserAliasNamedDevCred_DoesNotCaptureTheRuntimeName()
    {
        const string source = """
            using DevCred = System.Collections.Generic.List<string>;

            class C
            {
                string M() => {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|};
            }
            """;

        const string fixedSource = """
            using DevCred.Runtime;
            using DevCred = System.Collections.Generic.List<string>;

            class C
            {
                string M() => StsCredentialProvider.Default.GetCredential().AccessKeyId;
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task FieldInitializerAndExpressionBody_ReadInline()
    {
        const string source = """
            class C
            {
                private static readonly string AccessKeyId = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|};

                string Secret => {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|};
            }
            """;

        const string fixedSource = """
            using DevCred.Runtime;

            class C
            {
                private static readonly string AccessKeyId = StsCredentialProvider.Default.GetCredential().AccessKeyId;

                string Secret => StsCredentialProvider.Default.GetCredential().AccessKeySecret;
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task IdInsideLongerText_KeepsTheText()
    {
        const string source = """
            class C
            {
                string M(string ts)
                {
                    string log = {|DEVCRED001:"Signing with LTAI5tu8jzPde0IgxLd6Gncf now"|};
                    string url = $"{|DEVCRED001:https://ecs.aliyuncs.com/?AccessKeyId=LTAI5tBAepfJBd0Kh8oOOL8d&Timestamp=|}{ts}";
                    return log + url;
                }
            }
            """;

        const string fixedSource = """
            using DevCred.Runtime;

            class C
            {
                string M(string ts)
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    string log = "Signing with " + credential.AccessKeyId + " now";
                    var credential2 = StsCredentialProvider.Default.GetCredential();
                    string url = $"https://ecs.aliyuncs.com/?AccessKeyId={credential2.AccessKeyId}&Timestamp={ts}";
                    return log + url;
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Utf8Literal_GoesThroughEncoding()
    {
        const string source = """
            using System;

            class C
            {
                int M()
                {
                    ReadOnlySpan<byte> id = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"u8|};
                    return id.Length;
                }
            }
            """;

        const string fixedSource = """
            using System;
            using System.Text;
            using DevCred.Runtime;

            class C
            {
                int M()
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    ReadOnlySpan<byte> id = Encoding.UTF8.GetBytes(credential.AccessKeyId);
                    return id.Length;
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Utf8LiteralUsedAsASpan_KeepsItsType()
    {
        const string source = """
            class C
            {
                byte[] M() => {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"u8|}.Slice(1).ToArray();
            }
            """;

        const string fixedSource = """
            using System;
            using System.Text;
            using DevCred.Runtime;

            class C
            {
                byte[] M() => ((ReadOnlySpan<byte>)Encoding.UTF8.GetBytes(StsCredentialProvider.Default.GetCredential().AccessKeyId)).Slice(1).ToArray();
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Utf8LiteralInVar_KeepsItsType()
    {
        const string source = """
            class C
            {
                int M()
                {
                    var id = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"u8|};
                    return id.Slice(1).Length;
                }
            }
            """;

        const string fixedSource = """
            using System;
            using System.Text;
            using DevCred.Runtime;

            class C
            {
                int M()
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    var id = (ReadOnlySpan<byte>)Encoding.UTF8.GetBytes(credential.AccessKeyId);
                    return id.Slice(1).Length;
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task AssembledValueWithOtherText_IsReportedButOffersNoFix()
    {
        const string source = """
            class C
            {
                string Connection = {|#0:"AccessKeyId=LTAI5t" + "u8jzPde0IgxLd6Gncf;Region=cn-hangzhou"|};
            }
            """;

        var test = new VerifyCS.Test { TestCode = source, FixedCode = source };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("DEVCRED001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments("LTAI***ncf"));
        await test.RunAsync();
    }

    [Fact]
    public async Task UnterminatedString_IsReportedButOffersNoFix()
    {
        const string source = """
            class C
            {
                void M() { var x = {|#0:"LTAI5tu8jz" + "Pde0IgxLd6Gncf; }|}
            }
            """;

        var test = new VerifyCS.Test { TestCode = source, FixedCode = source };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("DEVCRED001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments("LTAI***ncf"));
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        await test.RunAsync();
    }

    [Fact]
    public async Task AttributeInAParameterListMissingItsParenthesis_FixStillApplies()
    {
        // Roslyn's simplifier throws on this tree; the fix keeps fully qualified names instead of failing.
        const string source = """
            public static class C
            {
                public static void Attr[System.ComponentModel.Description({|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|})] string p) { }
            }
            """;

        const string fixedSource = """
            public static class C
            {
                public static void Attr[System.ComponentModel.Description(global::DevCred.Runtime.StsCredentialProvider.Default.GetCredential().AccessKeyId)] string p) { }
            }
            """;

        await new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, CompilerDiagnostics = CompilerDiagnostics.None }.RunAsync();
    }

    [Fact]
    public async Task CSharp73_FixCompiles()
    {
        const string source = """
            namespace App
            {
                class C
                {
                    void M()
                    {
                        string accessKeyId = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|}, accessKeySecret = {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|};
                    }
                }
            }
            """;

        const string fixedSource = """
            using DevCred.Runtime;

            namespace App
            {
                class C
                {
                    void M()
                    {
                        var credential = StsCredentialProvider.Default.GetCredential();
                        string accessKeyId = credential.AccessKeyId, accessKeySecret = credential.AccessKeySecret;
                    }
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource, LanguageVersion.CSharp7_3);
    }

    [Fact]
    public async Task FixAllAcrossMembers_GivesEachStatementItsOwnSnapshot()
    {
        const string source = """
            class C
            {
                void A()
                {
                    var id = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|};
                    var other = {|DEVCRED001:"LTAI5tBAepfJBd0Kh8oOOL8d"|};
                }

                void B()
                {
                    var accessKeySecret = {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|};
                }
            }
            """;

        const string fixedSource = """
            using DevCred.Runtime;

            class C
            {
                void A()
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    var id = credential.AccessKeyId;
                    var credential2 = StsCredentialProvider.Default.GetCredential();
                    var other = credential2.AccessKeyId;
                }

                void B()
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    var accessKeySecret = credential.AccessKeySecret;
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task ConstAndAttribute_OfferNoFix()
    {
        const string source = """
            using System.Reflection;

            [assembly: AssemblyMetadata("ak", {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|})]

            class C
            {
                const string AccessKeyId = {|DEVCRED001:"LTAI5tBAepfJBd0Kh8oOOL8d"|};

                [System.Obsolete(AccessKeyId)]
                void M(string accessKeySecret = {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|})
                {
                    switch (accessKeySecret)
                    {
                        case AccessKeyId:
                            break;
                    }
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, source);
    }

    [Fact]
    public async Task StringHoldingAListOfKeys_IsReportedButOffersNoFix()
    {
        string[] ids =
        {
            "LTAI5tu8jzPde0IgxLd6Gncf", "LTAI5tBAepfJBd0Kh8oOOL8d", "LTAI5tKLzdocJ2isAjIhKtJ0", "LTAI5tRlgLKOmxgJTeKdNnFR",
            "LTAI5tIBXuDL7DxtpYlSXpfK", "LTAI5ttHF4vUCsMehGAkWvj7",
        };
        string list = string.Join(",", Enumerable.Range(0, 17).Select(i => ids[i % ids.Length]));
        string source = $$"""
            class C
            {
                string Revoked = {|#0:"{{list}}"|};
            }
            """;

        var test = new VerifyCS.Test { TestCode = source, FixedCode = source };
        for (int i = 0; i < 17; i++)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("DEVCRED001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments(Masked(ids[i % ids.Length])));
        }

        await test.RunAsync();
    }

    private static string Masked(string id) => id.Substring(0, 4) + "***" + id.Substring(id.Length - 3);

    [Fact]
    public async Task WithoutRuntimeReference_OffersNoFix()
    {
        const string source = """
            class C
            {
                string Id = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|};
            }
            """;

        var test = new VerifyCS.Test(referenceRuntime: false)
        {
            TestCode = source,
            FixedCode = source,
            CodeActionEquivalenceKey = HardcodedCredentialFixer.StsKey,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task StsValuesConcatenationAndCharArray_AreReplacedWhole()
    {
        const string source = """
            using AlibabaCloud.OpenApiClient.Models;

            class C
            {
                Config M()
                {
                    char[] secret = {|DEVCRED002:{ '8', 'r', 'E', 'S', 'Q', 'e', 'd', 'U', 'S', 't', 'P', 'K', 'R', '0', 'C', 's', 'T', 'y', '4', 'Q', 'w', 'b', '8', 'D', 'w', 'k', 'N', 'h', 'F', 'd' }|};
                    var id = {|DEVCRED001:"LTAI5tBAep" + "fJBd0Kh8oOOL8d"|};
                    return new Config
                    {
                        AccessKeyId = {|DEVCRED003:"STS.NVxcwrWVZweDCtZXhgsC7VLA6"|},
                        AccessKeySecret = {|DEVCRED003:"btymh3fSVipgiBg1va543DyGf2rWMVevDaFhKY1j6WiJ"|},
                    };
                }
            }
            """ + ConfigType;

        const string fixedSource = """
            using AlibabaCloud.OpenApiClient.Models;
            using DevCred.Runtime;

            class C
            {
                Config M()
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    char[] secret = credential.AccessKeySecret.ToCharArray();
                    var credential2 = StsCredentialProvider.Default.GetCredential();
                    var id = credential2.AccessKeyId;
                    var credential3 = StsCredentialProvider.Default.GetCredential();
                    return new Config
                    {
                        AccessKeyId = credential3.AccessKeyId,
                        AccessKeySecret = credential3.AccessKeySecret,
                        SecurityToken = credential3.SecurityToken,
                    };
                }
            }
            """ + ConfigType;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task ConstUsedOnlyAtRunTime_BecomesPropertyOrLocal()
    {
        const string source = """
            class C
            {
                // The account used by the nightly job.
                private const string AccessKeyId = {|DEVCRED001:"LTAI5tBAepfJBd0Kh8oOOL8d"|};

                string M()
                {
                    const string secret = {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|};
                    return AccessKeyId + secret;
                }
            }
            """;

        const string fixedSource = """
            using DevCred.Runtime;

            class C
            {
                // The account used by the nightly job.
                private static string AccessKeyId => StsCredentialProvider.Default.GetCredential().AccessKeyId;

                string M()
                {
                    var credential = StsCredentialProvider.Default.GetCredential();
                    string secret = credential.AccessKeySecret;
                    return AccessKeyId + secret;
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }
}
