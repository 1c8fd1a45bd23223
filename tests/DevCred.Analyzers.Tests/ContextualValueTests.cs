using System.Threading.Tasks;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DevCred.Analyzers.HardcodedCredentialAnalyzer>;

namespace DevCred.Analyzers.Tests;

public sealed class ContextualValueTests
{
    [Fact]
    public async Task LegacyIdAndSecret_NextToEachOtherOrNamed_AreReported()
    {
        const string source = """
            class OssClient
            {
                public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { }
            }

            class C
            {
                string accessKeyId = {|#0:"VPuGi4KfbsH2UTzb"|};
                string AccessKeyId2 = {|#1:"LTAIQCiNc3KbkPH05DiOGfouq8CVpe"|};

                void M(string endpoint, string accessKeyId)
                {
                    var a = new OssClient(endpoint, {|#2:"VPuGi4KfbsH2UTzb"|}, {|#3:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|});
                    var b = new OssClient(endpoint, accessKeyId, {|#4:"nXsiVpzz63FfkCzJr4i0B3JrTAwR4y"|});
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("***Tzb"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(1).WithArguments("LTAI***Vpe"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(2).WithArguments("***Tzb"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(3).WithArguments("***hFd"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(4).WithArguments("***R4y"));
    }

    [Fact]
    public async Task SecretBehindItsNameInsideText_IsReported()
    {
        const string source = """
            class C
            {
                string Json = {|#0:"{\"Aliyun\":{\"AccessKeySecret\":\"8rESQedUStPKR0CsTy4Qwb8DwkNhFd\"}}"|};
                string Hologres = {|#1:"Host=x.hologres.aliyuncs.com;Username=LTAI5tu8jzPde0IgxLd6Gncf;Password=nXsiVpzz63FfkCzJr4i0B3JrTAwR4y"|};
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(0).WithArguments("***hFd"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(1).WithArguments("LTAI***ncf"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(1).WithArguments("***R4y"));
    }

    [Fact]
    public async Task CharArrayAndConcat_AreReportedWhereAssembled()
    {
        const string source = """
            class C
            {
                string Id = new string(new[] {|#0:{ 'L', 'T', 'A', 'I', '5', 't', 'u', '8', 'j', 'z', 'P', 'd', 'e', '0', 'I', 'g', 'x', 'L', 'd', '6', 'G', 'n', 'c', 'f' }|});
                string Other = {|#1:string.Concat("LTAI5tBAep", "fJBd0Kh8oOOL8d")|};
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("LTAI***ncf"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(1).WithArguments("LTAI***L8d"));
    }

    [Fact]
    public async Task Base64WrappedSecret_IsReportedOnTheLiteral()
    {
        const string source = """
            using System;
            using System.Text;

            class C
            {
                string M()
                {
                    var secret = Encoding.UTF8.GetString(Convert.FromBase64String({|#0:"OHJFU1FlZFVTdFBLUjBDc1R5NFF3YjhEd2tOaEZk"|}));
                    var note = Encoding.UTF8.GetString(Convert.FromBase64String("OHJFU1FlZFVTdFBLUjBDc1R5NFF3YjhEd2tOaEZk"));
                    return secret + note;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic("DEVCRED002").WithLocation(0).WithArguments("***EZk"));
    }

    [Fact]
    public async Task ConstBuiltFromConstNames_IsReportedWhereAssembled()
    {
        const string source = """
            class C
            {
                const string A = "LTAI5tu8jz";
                const string B = "Pde0IgxLd6Gncf";
                const string Id = {|#0:A + B|};
                static readonly string Interpolated = {|#1:$"{A}{B}"|};
                int Sum(int x) => x + 1;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("LTAI***ncf"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(1).WithArguments("LTAI***ncf"));
    }

    [Theory]
    [InlineData("contentType", "application/json")]
    [InlineData("accessKeyId", "ALIBABA_CLOUD_AK")]
    [InlineData("accessKeyId", "abcdefgh12345678")]
    [InlineData("message", "Password=short;User=LTAI")]
    [InlineData("url", "https://example.com/?token=8rESQedUStPKR0CsTy4Qwb8DwkNhFdX")]
    public async Task ContextWithoutShape_ReportsNothing(string name, string value)
    {
        string source = $$"""
            class C
            {
                string {{name}} = "{{value}}";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
