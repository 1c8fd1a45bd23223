using System.Threading.Tasks;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DevCred.Analyzers.HardcodedCredentialAnalyzer>;

namespace DevCred.Analyzers.Tests;

public sealed class HardcodedStsCredentialTests
{
    private const string Token = "CAISoAHQKoKhdZMPIzfNN5TFIggAbWsa8MDL1iVliqwsn6oH0TxEfjMFHu75WmDlYUPWxDvK12wAipsKa1/JMxVKbeKEBKiXxSUmLmp8B7y+6EH3RcVdTp90f2FRZMb3KNcYNTcTgnrIg9f7llkjQHT1JY9saAgjidLkfx4XWpC8Qy+5RuapRxEJ87efEQom9iKfo0UlJue8FkKutCvyJ9UP/wfDGoABwgYkKS47g9Wpxurh7CoPniz2C3U5/viCBbyaSWdWr+L/e6fPgGXcZm3EcKJrRUT+sxQgjVY55vGMbdPD/KHnpCYQjhWPtZ4JRc/oYQyIeUgYO+Q3vCdlZvODWwXxEltzi7FRyXIs0sZC5uhkA8Cv7adoMj9tfMcsnqSGCLIqE+E=";

    // Same prefix, but the third field is cut short: the protobuf does not parse to the end.
    private const string TruncatedToken = "CAISoAGv14z5Dm8g2xFYq0fwTOH8LHHglFSDn8Nqm0iL/mbSOgLBDhbNPvsvVSHq086JfvL8Qa3e86I3YtYPhUILEmNPdAaRpLV9/zX/PoBl3wvA01Fob25Fd7FcoaFjb2MxRHpDLYTGMd7XQGbOCTFmt7g7r2Ak9jYME/ZLYV46aFhQkDAfROwnMafI79q13Gu/BhRmXNDouL3PY1QwB6Urz2GuGoABhI87Uc9EqL3dXM9pXiSumvAzBbYZdouZrG7PXSfH/m09ygs6N3mD480ZZMAFMoSAja7UM+MnF8VRxfFW/R3b/deRzJ+7kveKkZcNB30VUNHHG6HLGaMlctv0gHwXMu9JfToZ1ek8aBq2Tz+64kfV6YbWukaUQXr2";

    [Fact]
    public async Task StsIdSecretAndToken_AreReported()
    {
        string source = $$"""
            class Config
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string SecurityToken { get; set; }
            }

            class C
            {
                Config M() => new Config
                {
                    AccessKeyId = {|#0:"STS.NVxcwrWVZweDCtZXhgsC7VLA6"|},
                    AccessKeySecret = {|#1:"btymh3fSVipgiBg1va543DyGf2rWMVevDaFhKY1j6WiJ"|},
                    SecurityToken = {|#2:"{{Token}}"|},
                };
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED003").WithLocation(0).WithArguments("AccessKey ID", "STS.***LA6"),
            VerifyCS.Diagnostic("DEVCRED003").WithLocation(1).WithArguments("AccessKey secret", "***WiJ"),
            VerifyCS.Diagnostic("DEVCRED003").WithLocation(2).WithArguments("security token", "CAIS***+E="));
    }

    [Fact]
    public async Task TokenSplitAcrossLiterals_IsReportedOnceWhereAssembled()
    {
        string source = $$"""
            class C
            {
                string M() => {|#0:"{{Token.Substring(0, 200)}}" + "{{Token.Substring(200)}}"|};
                const string Prefix = "STS.";
                const string StsId = {|#1:Prefix + "NVxcwrWVZweDCtZXhgsC7VLA6"|};
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED003").WithLocation(0).WithArguments("security token", "CAIS***+E="),
            VerifyCS.Diagnostic("DEVCRED003").WithLocation(1).WithArguments("AccessKey ID", "STS.***LA6"));
    }

    [Theory]
    [InlineData("securityToken", "CAIS****")]
    [InlineData("securityToken", "CAISBBTpF+4=")]
    [InlineData("securityToken", TruncatedToken)]
    [InlineData("stsAccessKeyId", "STS.NUCxxxxxxxxxxxxxxx")]
    [InlineData("action", "STS.AssumeRole")]
    [InlineData("integrity", "sha256-/dTv4REs4hkQINPkSn/DzlOeaCxIwJgaWZQ5Z5/pIAU=")]
    [InlineData("description", "btymh3fSVipgiBg1va543DyGf2rWMVevDaFhKY1j6WiJ")]
    public async Task LookalikesAndUnnamedValues_ReportNothing(string name, string value)
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
