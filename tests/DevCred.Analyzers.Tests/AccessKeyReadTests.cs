using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DevCred.Analyzers.Sdk.AccessKeyReadAnalyzer>;

namespace DevCred.Analyzers.Tests;

public sealed class AccessKeyReadTests
{
    private const string Configuration = """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfigurationSection : IConfiguration { string Value { get; } }
            public interface IConfiguration
            {
                string this[string key] { get; set; }
                IConfigurationSection GetSection(string key);
            }
        }
        """;

    private const string Source = """
        using System;
        using Microsoft.Extensions.Configuration;

        class C
        {
            void M(IConfiguration configuration)
            {
                var id = Environment.GetEnvironmentVariable({|#0:"ALIBABA_CLOUD_ACCESS_KEY_ID"|});
                var secret = Environment.GetEnvironmentVariable({|#1:"OSS_ACCESS_KEY_SECRET"|});
                var fromConfig = configuration[{|#2:"Aliyun:AccessKeySecret"|}];
                var section = configuration.GetSection({|#3:"Aliyun:AccessKeyId"|}).Value;
                var token = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_SECURITY_TOKEN");
                var uri = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_CREDENTIALS_URI");
                var path = Environment.GetEnvironmentVariable("PATH");
                var other = configuration["Database:Password"];
                var aws = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
            }
        }
        """;

    private static DiagnosticResult Diagnostic(int location, string name)
        => new DiagnosticResult("DEVCRED006", DiagnosticSeverity.Info).WithLocation(location).WithArguments(name);

    [Fact]
    public async Task LongTermNames_AreReported_OthersNot()
    {
        var test = new VerifyCS.Test { TestState = { Sources = { Source, Configuration } } };
        test.ExpectedDiagnostics.Add(Diagnostic(0, "ALIBABA_CLOUD_ACCESS_KEY_ID"));
        test.ExpectedDiagnostics.Add(Diagnostic(1, "OSS_ACCESS_KEY_SECRET"));
        test.ExpectedDiagnostics.Add(Diagnostic(2, "Aliyun:AccessKeySecret"));
        test.ExpectedDiagnostics.Add(Diagnostic(3, "Aliyun:AccessKeyId"));
        await test.RunAsync();
    }

    [Fact]
    public async Task AccessKeyMode_IsSilent()
    {
        string source = Source.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace("{|#3:", string.Empty).Replace("|}", string.Empty);
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources = { source, Configuration },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\ndevcred.credential_mode = access_key\n") },
            },
        };
        await test.RunAsync();
    }
}
