using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DevCred.Analyzers.CommentCredentialAnalyzer>;
using VerifyFix = DevCred.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DevCred.Analyzers.CommentCredentialAnalyzer,
    DevCred.Analyzers.MaskCommentCredentialFixer>;

namespace DevCred.Analyzers.Tests;

public sealed class CommentCredentialTests
{
    private static DiagnosticResult Diagnostic(int location, string kind, string masked)
        => new DiagnosticResult("DEVCRED004", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(kind, masked);

    [Fact]
    public async Task LineBlockDocAndDisabledCode_AreReportedAtTheValue()
    {
        const string source = """
            // ak = {|#0:LTAI5tu8jzPde0IgxLd6Gncf|}
            /* old STS id {|#1:STS.NVxcwrWVZweDCtZXhgsC7VLA6|} */
            class C
            {
                /// <remarks>Previous AccessKeySecret {|#2:8rESQedUStPKR0CsTy4Qwb8DwkNhFd|} was rotated.</remarks>
                void M() { }
            #if NEVER
                string Old = "{|#3:LTAI5tBAepfJBd0Kh8oOOL8d|}";
            #endif
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Diagnostic(0, "an AccessKey ID", "LTAI***ncf"),
            Diagnostic(1, "an STS AccessKey ID", "STS.***LA6"),
            Diagnostic(2, "an AccessKey secret", "***hFd"),
            Diagnostic(3, "an AccessKey ID", "LTAI***L8d"));
    }

    [Fact]
    public async Task CommentsAfterStringsThatHoldSlashes_AreFound()
    {
        // The scanner looks for "//" and "/*" in the text; those inside strings must neither count nor hide a comment.
        const string source = """"
            #region Keys
            class C
            {
                string Url = "https://oss-cn-hangzhou.aliyuncs.com/a//b"; // was {|#0:LTAI5tu8jzPde0IgxLd6Gncf|}
                string Open = "/* not a comment"; /* STS id {|#1:STS.NVxcwrWVZweDCtZXhgsC7VLA6|} */
                string Raw = """
                    // LTAI5tBAepfJBd0Kh8oOOL8d inside a raw string is the string rule's
                    """;
                /** <summary>Secret {|#2:8rESQedUStPKR0CsTy4Qwb8DwkNhFd|}</summary> */
                void M() { } // ok
            }
            #endregion
            // last line without a newline: {|#3:LTAI5tKLzdocJ2isAjIhKtJ0|}
            """";

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Diagnostic(0, "an AccessKey ID", "LTAI***ncf"),
            Diagnostic(1, "an STS AccessKey ID", "STS.***LA6"),
            Diagnostic(2, "an AccessKey secret", "***hFd"),
            Diagnostic(3, "an AccessKey ID", "LTAI***tJ0"));
    }

    [Fact]
    public async Task LongIdentifiersInComments_DoNotHideAKeyOnALaterLine()
    {
        // Runs that read like identifiers are skipped without reading the comment; a key further down is still found.
        const string source = """
            class C
            {
                /// <summary>Uses <see cref="StsCredentialProviderOptions"/> and AccessKeySecretForUnitTests123.</summary>
                /// <remarks>Old key {|#0:LTAI5tu8jzPde0IgxLd6Gncf|}, see ConfigureGeneratedCodeAnalysis.</remarks>
                void M() { } // ConfigureGeneratedCodeAnalysis, then {|#1:STS.NVxcwrWVZweDCtZXhgsC7VLA6|}
                /* GetEnvironmentVariableOrDefault
                   secret: {|#2:8rESQedUStPKR0CsTy4Qwb8DwkNhFd|} */
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Diagnostic(0, "an AccessKey ID", "LTAI***ncf"),
            Diagnostic(1, "an STS AccessKey ID", "STS.***LA6"),
            Diagnostic(2, "an AccessKey secret", "***hFd"));
    }

    [Fact]
    public async Task UnterminatedBlockComment_IsStillScanned()
    {
        const string source = """
            class C
            {
            }
            /* ak {|#0:LTAI5tu8jzPde0IgxLd6Gncf|}
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Diagnostic(0, "an AccessKey ID", "LTAI***ncf"),
            DiagnosticResult.CompilerError("CS1035").WithSpan(4, 1, 4, 1));
    }

    [Theory]
    [InlineData("// AccessKeySecret: read from KMS at startup, never hard-code it")]
    [InlineData("// var accessKeyId = \"<yourAccessKeyId>\";")]
    [InlineData("// LTAI****************")]
    [InlineData("// 8rESQedUStPKR0CsTy4Qwb8DwkNhFd without any credential word")]
    public async Task ProseAndPlaceholders_ReportNothing(string comment)
    {
        string source = comment + "\nclass C { }\n";
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ScanCommentsFalse_ReportsNothing()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources = { "// ak = LTAI5tu8jzPde0IgxLd6Gncf\nclass C { }\n" },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\ndevcred.scan_comments = false\n") },
            },
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task MaskFix_KeepsPrefixAndStarsTheRest()
    {
        const string source = """
            // ak = {|DEVCRED004:LTAI5tu8jzPde0IgxLd6Gncf|}, sk = {|DEVCRED004:8rESQedUStPKR0CsTy4Qwb8DwkNhFd|}
            class C { }
            """;

        const string fixedSource = """
            // ak = LTAI********************, sk = ******************************
            class C { }
            """;

        await VerifyFix.VerifyCodeFixAsync(source, fixedSource);
    }
}
