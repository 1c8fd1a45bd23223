using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DevCred.Analyzers.HardcodedCredentialAnalyzer,
    DevCred.Analyzers.HardcodedCredentialFixer>;

namespace DevCred.Analyzers.Tests;

public sealed class UseEnvironmentVariablesFixerTests
{
    [Fact]
    public async Task PairAndTextAndField_ReadTheVariables()
    {
        const string source = """
            class Config
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
            }

            class C
            {
                static readonly string Id = {|DEVCRED001:"LTAI5tBAepfJBd0Kh8oOOL8d"|};

                Config M()
                {
                    string log = {|DEVCRED001:"id LTAI5tKLzdocJ2isAjIhKtJ0 used"|};
                    return new Config { AccessKeyId = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|}, AccessKeySecret = {|DEVCRED002:"8rESQedUStPKR0CsTy4Qwb8DwkNhFd"|} };
                }
            }
            """;

        const string fixedSource = """
            using System;

            class Config
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
            }

            class C
            {
                static readonly string Id = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the environment variable ALIBABA_CLOUD_ACCESS_KEY_ID.");

                Config M()
                {
                    string log = "id " + (Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the environment variable ALIBABA_CLOUD_ACCESS_KEY_ID.")) + " used";
                    return new Config { AccessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the environment variable ALIBABA_CLOUD_ACCESS_KEY_ID."), AccessKeySecret = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET") ?? throw new InvalidOperationException("Set the environment variable ALIBABA_CLOUD_ACCESS_KEY_SECRET.") };
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource, LanguageVersion.Latest, HardcodedCredentialFixer.EnvironmentKey);
    }

    [Fact]
    public async Task ExpressionTreeLambda_ReadsWithoutAThrowExpression()
    {
        // An expression tree cannot hold "?? throw"; a delegate lambda beside it keeps the clear failure.
        const string source = """
            using System;
            using System.Linq.Expressions;

            class C
            {
                Expression<Func<string>> Tree = () => {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|};
                Func<string> Delegate = () => {|DEVCRED001:"LTAI5tBAepfJBd0Kh8oOOL8d"|};
            }
            """;

        const string fixedSource = """
            using System;
            using System.Linq.Expressions;

            class C
            {
                Expression<Func<string>> Tree = () => Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");
                Func<string> Delegate = () => Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the environment variable ALIBABA_CLOUD_ACCESS_KEY_ID.");
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource, LanguageVersion.Latest, HardcodedCredentialFixer.EnvironmentKey);
    }

    [Fact]
    public async Task ExpressionTreeWithNullableWarnings_AddsNoWarning()
    {
        const string source = """
            #nullable enable
            using System;
            using System.Linq.Expressions;

            class C
            {
                Expression<Func<string>> Tree = () => {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|};
            }
            """;

        const string fixedSource = """
            #nullable enable
            using System;
            using System.Linq.Expressions;

            class C
            {
                Expression<Func<string>> Tree = () => Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID")!;
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, fixedSource, LanguageVersion.Latest, HardcodedCredentialFixer.EnvironmentKey);
    }

    [Fact]
    public async Task CSharp73AndNoRuntimeReference_StillOffered()
    {
        const string source = """
            namespace App
            {
                class C
                {
                    string M() { var securityToken = "x"; var stsAccessKeyId = {|DEVCRED003:"STS.NVxcwrWVZweDCtZXhgsC7VLA6"|}; return stsAccessKeyId + securityToken; }
                }
            }
            """;

        const string fixedSource = """
            using System;

            namespace App
            {
                class C
                {
                    string M() { var securityToken = "x"; var stsAccessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the environment variable ALIBABA_CLOUD_ACCESS_KEY_ID."); return stsAccessKeyId + securityToken; }
                }
            }
            """;

        // Without DevCred.Runtime the environment fix is the only one, so it is also the first.
        var test = new VerifyCS.Test(LanguageVersion.CSharp7_3, referenceRuntime: false) { TestCode = source, FixedCode = fixedSource };
        await test.RunAsync();
    }

    [Fact]
    public async Task AccessKeyMode_PutsTheEnvironmentFixFirst()
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
                        string Id = {|DEVCRED001:"LTAI5tu8jzPde0IgxLd6Gncf"|};
                    }
                    """,
                },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\ndevcred.credential_mode = access_key\n") },
            },
            FixedState =
            {
                Sources =
                {
                    """
                    using System;

                    class C
                    {
                        string Id = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set the environment variable ALIBABA_CLOUD_ACCESS_KEY_ID.");
                    }
                    """,
                },
            },
            CodeActionIndex = 0,
        };

        await test.RunAsync();
    }
}
