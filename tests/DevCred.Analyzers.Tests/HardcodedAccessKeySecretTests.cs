using System.Threading.Tasks;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DevCred.Analyzers.HardcodedCredentialAnalyzer>;

namespace DevCred.Analyzers.Tests;

public sealed class HardcodedAccessKeySecretTests
{
    [Theory]
    [InlineData("accessKeySecret")]
    [InlineData("AccessKeySecret")]
    [InlineData("secret")]
    [InlineData("accessSecret")]
    [InlineData("secretAccessKey")]
    [InlineData("ACCESS_KEY_SECRET")]
    [InlineData("ossSk")]
    [InlineData("alibabaToken")]
    [InlineData("apiKey")]
    [InlineData("key")]
    public async Task SecretNamedLocal_IsReported(string name)
    {
        string source = $$"""
            class C
            {
                void M()
                {
                    var {{name}} = {|#0:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|};
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic("DEVCRED002").WithLocation(0).WithArguments("***hFd"));
    }

    [Fact]
    public async Task SecretNamedMembersAndParameters_AreReported()
    {
        const string source = """
            using System.Collections.Generic;

            class Options
            {
                static string AccessKeySecret = {|#0:"nXsiVpzz63FfkCzJr4i0B3JrTAwR4y"|};
                public string Secret { get; set; } = {|#1:"9ojfljoQoaF1LlqsajAIxNKu8iS2G8"|};
                string SecretKey => {|#2:"MdgaKjIg8xNbe3nNyjOq9wMxEhh2FD"|};

                void Sign(string id, string accessKeySecret = {|#3:"EEtfjgVvVqE1SkHbn88HxjSI6bWHtP"|}) { }

                void M(Options other, Dictionary<string, string> settings)
                {
                    other.Secret = {|#4:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|};
                    Sign("id", {|#5:"nXsiVpzz63FfkCzJr4i0B3JrTAwR4y"|});
                    Sign(accessKeySecret: {|#6:"9ojfljoQoaF1LlqsajAIxNKu8iS2G8"|}, id: "id");
                    settings["access_key_secret"] = {|#7:"MdgaKjIg8xNbe3nNyjOq9wMxEhh2FD"|};
                    settings.Add("Aliyun:AccessKeySecret", {|#8:"EEtfjgVvVqE1SkHbn88HxjSI6bWHtP"|});
                    var map = new Dictionary<string, string>
                    {
                        ["AccessKeySecret"] = {|#9:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|},
                    };
                    var pairs = new Dictionary<string, string>
                    {
                        { "OSS_ACCESS_KEY_SECRET", {|#10:"nXsiVpzz63FfkCzJr4i0B3JrTAwR4y"|} },
                    };
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(0).WithArguments("***R4y"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(1).WithArguments("***2G8"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(2).WithArguments("***2FD"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(3).WithArguments("***HtP"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(4).WithArguments("***hFd"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(5).WithArguments("***R4y"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(6).WithArguments("***2G8"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(7).WithArguments("***2FD"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(8).WithArguments("***HtP"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(9).WithArguments("***hFd"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(10).WithArguments("***R4y"));
    }

    [Fact]
    public async Task PairInObjectInitializer_ReportsBoth()
    {
        const string source = """
            class Config
            {
                public string Key { get; set; }
                public string Value { get; set; }
            }

            class C
            {
                Config M() => new Config { Key = {|#0:"LTAI5tu8jzPde0IgxLd6Gncf"|}, Value = {|#1:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|} };
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("LTAI***ncf"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(1).WithArguments("***hFd"));
    }

    [Fact]
    public async Task PairInArgumentListAndDeclaration_ReportsBoth()
    {
        const string source = """
            class Profile
            {
                public static Profile GetProfile(string region, string a, string b) => new Profile();
            }

            class C
            {
                static readonly string Ak = {|#0:"LTAIFAc9QeWJKY40"|}, Other = {|#1:"nXsiVpzz63FfkCzJr4i0B3JrTAwR4y"|};

                void M()
                {
                    var profile = Profile.GetProfile("cn-hangzhou", {|#2:"LTAI5tu8jzPde0IgxLd6Gncf"|}, {|#3:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|});
                }
            }

            record Options(string Id = {|#4:"LTAI5tBAepfJBd0Kh8oOOL8d"|}, string Value = {|#5:"9ojfljoQoaF1LlqsajAIxNKu8iS2G8"|});
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("LTAI***Y40"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(1).WithArguments("***R4y"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(2).WithArguments("LTAI***ncf"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(3).WithArguments("***hFd"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(4).WithArguments("LTAI***L8d"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(5).WithArguments("***2G8"));
    }

    [Theory]
    [InlineData("accessKeySecret", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("accessKeySecret", "AccessKeySecretForUnitTests123")]
    [InlineData("accessKeySecret", "94162f44a780ebff06d0aa33c363cc")]
    [InlineData("accessKeySecret", "94162F44A780EBFF06D0AA33C363CC")]
    [InlineData("accessKeySecret", "yourAccessKeySecret")]
    [InlineData("accessKeySecret", "8rESQedUStPKR0CsTy4Qwb8DwkNhF")]
    [InlineData("accessKeySecret", "8rESQedUStPKR0CsTy4Qwb8DwkNhFd1")]
    [InlineData("accessKeySecret", "8rESQedUStPKR0-sTy4Qwb8DwkNhFd")]
    [InlineData("accessKeySecret", "abcdefghijABCDEFGHIJ0123456789")]
    [InlineData("accessKeySecret", "")]
    [InlineData("typeName", "ConfigurationManagerExtensions")]
    [InlineData("accessKeyId", "8rESQedUStPKR0CsTy4Qwb8DwkNhFd")]
    [InlineData("description", "8rESQedUStPKR0CsTy4Qwb8DwkNhFd")]
    [InlineData("cacheKey", "8rESQedUStPKR0CsTy4Qwb8DwkNhFd")]
    [InlineData("SortKey", "8rESQedUStPKR0CsTy4Qwb8DwkNhFd")]
    public async Task PlaceholdersAndUnrelatedValues_ReportNothing(string name, string value)
    {
        string source = $$"""
            class C
            {
                void M()
                {
                    var {{name}} = "{{value}}";
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task ThirtyCharactersInInterpolatedString_ReportsNothing()
    {
        const string source = """
            class C
            {
                string M(int n) => $"8rESQedUStPKR0CsTy4Qwb8DwkNhFd{n}";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
