using System.Threading.Tasks;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DevCred.Analyzers.HardcodedCredentialAnalyzer>;

namespace DevCred.Analyzers.Tests;

public sealed class AnalyzerOptionsTests
{
    private const string PresignedUrl = "https://b.oss-cn-hangzhou.aliyuncs.com/a.jpg?OSSAccessKeyId=LTAI5tu8jzPde0IgxLd6Gncf&Expires=1735689600&Signature=cdRG2w%2BBZ";

    [Fact]
    public async Task ReportPresignedUrlsTrue_ReportsTheId()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources = { $"class C {{ string Url = {{|#0:\"{PresignedUrl}\"|}}; }}" },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\ndevcred.report_presigned_urls = true\n") },
                ExpectedDiagnostics = { VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("LTAI***ncf") },
            },
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task IgnoredValues_AreNotReported()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    class C
                    {
                        string Id = "LTAI5tu8jzPde0IgxLd6Gncf";
                        string accessKeySecret = "8rESQedUStPKR0CsTy4Qwb8DwkNhFd";
                        string Other = {|#0:"LTAI5tBAepfJBd0Kh8oOOL8d"|};
                    }
                    """,
                },
                AnalyzerConfigFiles =
                {
                    ("/.globalconfig", "is_global = true\ndevcred.ignored_values = LTAI5tu8jzPde0IgxLd6Gncf, 8rESQedUStPKR0CsTy4Qwb8DwkNhFd\n"),
                },
                ExpectedDiagnostics = { VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("LTAI***L8d") },
            },
        };

        await test.RunAsync();
    }
}
