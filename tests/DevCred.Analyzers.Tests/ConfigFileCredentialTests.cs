using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DevCred.Analyzers.ConfigFileCredentialAnalyzer>;

namespace DevCred.Analyzers.Tests;

public sealed class ConfigFileCredentialTests
{
    private static DiagnosticResult Diagnostic(int location, string file, string kind, string masked)
        => new DiagnosticResult("DEVCRED007", DiagnosticSeverity.Error).WithLocation(location).WithArguments(file, kind, masked);

    private static async Task VerifyAsync(string fileName, string content, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add("class C { }");
        test.TestState.AdditionalFiles.Add((fileName, content));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task AppSettingsJson_ReportsAtTheValue()
    {
        const string json = """
            {
              // comments and trailing commas are allowed in appsettings files
              "Aliyun": {
                "AccessKeyId": "{|#0:LTAI5tu8jzPde0IgxLd6Gncf|}",
                "AccessKeySecret": "{|#1:8rESQedUStPKR0CsTy4Qwb8DwkNhFd|}",
                "Region": "cn-hangzhou",
              },
              "ConnectionStrings": {
                "Hologres": "Host=x.hologres.aliyuncs.com;Username={|#2:LTAI5tBAepfJBd0Kh8oOOL8d|};Password={|#3:nXsiVpzz63FfkCzJr4i0B3JrTAwR4y|}"
              },
              "Escaped": "{|#4:\u004CTAI5tKLzdocJ2isAjIhKtJ0|}"
            }
            """;

        await VerifyAsync(
            "/0/appsettings.Development.json",
            json,
            Diagnostic(0, "appsettings.Development.json", "an AccessKey ID", "LTAI***ncf"),
            Diagnostic(1, "appsettings.Development.json", "an AccessKey secret", "***hFd"),
            Diagnostic(2, "appsettings.Development.json", "an AccessKey ID", "LTAI***L8d"),
            Diagnostic(3, "appsettings.Development.json", "an AccessKey secret", "***R4y"),
            Diagnostic(4, "appsettings.Development.json", "an AccessKey ID", "LTAI***tJ0"));
    }

    [Fact]
    public async Task WebConfig_ReadsKeyValuePairs()
    {
        const string xml = """
            <configuration>
              <appSettings>
                <add key="OssAccessKeyId" value="{|#0:LTAI5tu8jzPde0IgxLd6Gncf|}" />
                <add key="OssAccessKeySecret" value="{|#1:8rESQedUStPKR0CsTy4Qwb8DwkNhFd|}" />
                <add key="Bucket" value="9ojfljoQoaF1LlqsajAIxNKu8iS2G8" />
              </appSettings>
            </configuration>
            """;

        await VerifyAsync(
            "/0/Web.config",
            xml,
            Diagnostic(0, "Web.config", "an AccessKey ID", "LTAI***ncf"),
            Diagnostic(1, "Web.config", "an AccessKey secret", "***hFd"));
    }

    [Fact]
    public async Task EnvAndYamlFiles_AreRead()
    {
        await VerifyAsync(
            "/0/.env",
            "# local only\nALIBABA_CLOUD_ACCESS_KEY_ID={|#0:LTAI5tu8jzPde0IgxLd6Gncf|}\nexport ALIBABA_CLOUD_ACCESS_KEY_SECRET=\"{|#1:8rESQedUStPKR0CsTy4Qwb8DwkNhFd|}\"\n",
            Diagnostic(0, ".env", "an AccessKey ID", "LTAI***ncf"),
            Diagnostic(1, ".env", "an AccessKey secret", "***hFd"));

        await VerifyAsync(
            "/0/deploy.yaml",
            "aliyun:\n  access_key_id: {|#0:LTAI5tu8jzPde0IgxLd6Gncf|}\n  access_key_secret: '{|#1:8rESQedUStPKR0CsTy4Qwb8DwkNhFd|}'\n",
            Diagnostic(0, "deploy.yaml", "an AccessKey ID", "LTAI***ncf"),
            Diagnostic(1, "deploy.yaml", "an AccessKey secret", "***hFd"));
    }

    [Theory]
    [InlineData("/0/appsettings.json", "{ \"Aliyun\": { \"AccessKeyId\": \"LTAI5tu8jzPde0IgxLd6Gncf\" ")]
    [InlineData("/0/appsettings.json", "{ \"AccessKeyId\": \"${ALIBABA_CLOUD_ACCESS_KEY_ID}\", \"AccessKeySecret\": \"<yourAccessKeySecret>\" }")]
    [InlineData("/0/appsettings.json", "")]
    [InlineData("/0/notes.txt", "AccessKeyId=LTAI5tu8jzPde0IgxLd6Gncf")]
    [InlineData("/0/app.config", "<configuration><add key=\"AccessKeySecret\" value=\"")]
    [InlineData("/0/settings.ini", "[default]\naccess_key_id = \naccess_key_secret\n")]
    public async Task MalformedUnrelatedAndPlaceholderFiles_ReportNothing(string fileName, string content)
    {
        await VerifyAsync(fileName, content);
    }

    [Fact]
    public async Task ListedFileWithAnyName_IsReadByItsContent()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/deploy/prod.conf", "# deploy\nOSS_ACCESS_KEY_ID={|#0:LTAI5tu8jzPde0IgxLd6Gncf|}\n"));
        test.TestState.AdditionalFiles.Add(("/0/deploy/notes.conf", "OSS_ACCESS_KEY_ID=LTAI5tBAepfJBd0Kh8oOOL8d\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n[/0/deploy/prod.conf]\nbuild_metadata.AdditionalFiles.DevCredConfigurationFile = true\n"));
        test.ExpectedDiagnostics.Add(Diagnostic(0, "prod.conf", "an AccessKey ID", "LTAI***ncf"));
        await test.RunAsync();
    }

    [Fact]
    public async Task DeeplyNestedJson_IsSkippedWithoutCrashing()
    {
        // 100,000 levels would overflow a recursive reader's stack and take the compiler down with it.
        string json = new string('[', 100_000) + "\"LTAI5tu8jzPde0IgxLd6Gncf\"" + new string(']', 100_000);
        await VerifyAsync("/0/appsettings.json", json);
    }
}
