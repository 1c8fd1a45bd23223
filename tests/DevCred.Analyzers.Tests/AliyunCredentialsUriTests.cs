using System.Threading.Tasks;
using DevCred.Analyzers.Bridges;
using DevCred.Analyzers.Tests.StandIns;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DevCred.Analyzers.AliyunCredentialsUriAnalyzer>;
using VerifyFix = DevCred.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DevCred.Analyzers.AliyunCredentialsUriAnalyzer,
    DevCred.Analyzers.UseDevCredCredentialsProviderFixer>;

namespace DevCred.Analyzers.Tests;

public sealed class AliyunCredentialsUriTests
{
    private static DiagnosticResult Diagnostic(int location, string what)
        => new DiagnosticResult("DEVCRED008", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(what);

    [Fact]
    public async Task CredentialsUriConfigProviderAndBuilder_AreReported()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    using Aliyun.Credentials;
                    using Aliyun.Credentials.Models;
                    using Aliyun.Credentials.Provider;

                    class C
                    {
                        void M(string url)
                        {
                            var a = new Client(new Config { {|#0:Type = "credentials_uri"|}, {|#1:CredentialsURI = url|} });
                            var config = new Config();
                            {|#2:config.Type = "CREDENTIALS_URI"|};
                            var b = {|#3:new URLCredentialProvider(url)|};
                            var c = {|#4:URLCredentialProvider.Builder()|}.CredentialsURI(url).Build();
                            var d = new Client(new Config { Type = "sts" });
                            var e = new Client();
                        }
                    }
                    """,
                    AliyunCredentialsStandIns.Source,
                },
                ExpectedDiagnostics =
                {
                    Diagnostic(0, "Config with Type = \"credentials_uri\""),
                    Diagnostic(1, "Config with CredentialsURI"),
                    Diagnostic(2, "Config with Type = \"credentials_uri\""),
                    Diagnostic(3, "URLCredentialProvider"),
                    Diagnostic(4, "URLCredentialProvider.Builder()"),
                },
            },
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task DefaultChain_IsReportedOnlyInDataWorks()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    "class C { object A() => {|#0:new Aliyun.Credentials.Client()|}; object B() => {|#1:new Aliyun.Credentials.Client(null)|}; }",
                    AliyunCredentialsStandIns.Source,
                },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\ndevcred.environment = dataworks\n") },
                ExpectedDiagnostics =
                {
                    Diagnostic(0, "The default credential chain (new Client() or Client(null))"),
                    Diagnostic(1, "The default credential chain (new Client() or Client(null))"),
                },
            },
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task LookalikeTypesAndNoSdk_ReportNothing()
    {
        const string source = """
            namespace MyCompany.Credentials.Models
            {
                public class Config { public string Type { get; set; } public string CredentialsURI { get; set; } }
            }

            class C
            {
                object M() => new MyCompany.Credentials.Models.Config { Type = "credentials_uri", CredentialsURI = "http://127.0.0.1" };
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Fix_PassesTheGeneratedDevCredProviderToTheClient()
    {
        var test = new VerifyFix.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    using Aliyun.Credentials;
                    using Aliyun.Credentials.Models;

                    class C
                    {
                        Client Create(string url) => new Client(new Config { {|#0:Type = "credentials_uri"|}, {|#1:CredentialsURI = url|} });
                    }
                    """,
                    AliyunCredentialsStandIns.Source,
                    AliyunCredentialsBridgeGenerator.BridgeSource,
                },
                ExpectedDiagnostics =
                {
                    Diagnostic(0, "Config with Type = \"credentials_uri\""),
                    Diagnostic(1, "Config with CredentialsURI"),
                },
            },
            FixedState =
            {
                Sources =
                {
                    """
                    using Aliyun.Credentials;
                    using Aliyun.Credentials.Models;
                    using DevCred.Runtime.Bridges;

                    class C
                    {
                        Client Create(string url) => new Client(new DevCredAliyunCredentialsProvider());
                    }
                    """,
                    AliyunCredentialsStandIns.Source,
                    AliyunCredentialsBridgeGenerator.BridgeSource,
                },
            },
        };

        await test.RunAsync();
    }
}
