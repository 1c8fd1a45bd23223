using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DevCred.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DevCred.Analyzers.HardcodedCredentialAnalyzer>;

namespace DevCred.Analyzers.Tests;

/// <summary>
/// Credentials split over concatenations and interpolations. Literal-only pieces are folded from syntax; a constant
/// named in a concatenation is looked up only where it can join a neighbouring piece into a credential.
/// </summary>
public sealed class AssembledValueTests
{
    [Fact]
    public async Task LiteralsOnly_AreFoldedAndReportedOnceWhereAssembled()
    {
        const string source = """
            class C
            {
                string M()
                {
                    var id = {|#0:"LTAI5tBAep" + "fJBd0Kh8oOOL8d"|};
                    var nested = ({|#1:"LTAI5t" + ("u8jzPde0" + "IgxLd6Gncf")|});
                    var withNull = {|#2:"LTAI5tKLzdocJ2isAj" + null + "IhKtJ0"|};
                    return id + nested + withNull;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("LTAI***L8d"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(1).WithArguments("LTAI***ncf"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(2).WithArguments("LTAI***tJ0"));
    }

    [Fact]
    public async Task ConstantJoiningALiteral_IsReported()
    {
        const string source = """
            class Parts
            {
                public const string Rest = "Pde0IgxLd6Gncf";
                public const string Head = "LTAI5tBAep";
                public const string Tail = "8rESQedUStPKR0CsTy4Qwb8DwkNhFd";
            }

            class C
            {
                string Before = {|#0:"LTAI5tu8jz" + Parts.Rest|};
                string After = {|#1:Parts.Head + "fJBd0Kh8oOOL8d"|};
                string Query = {|#2:"accessKeySecret=" + Parts.Tail|};
                string Spaced = {|#3:"AccessKeySecret: " + Parts.Tail|};
                string Interpolated = {|#4:$"LTAI5tu8jz{Parts.Rest}"|};
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("LTAI***ncf"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(1).WithArguments("LTAI***L8d"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(2).WithArguments("***hFd"),
            VerifyCS.Diagnostic("DEVCRED002").WithLocation(3).WithArguments("***hFd"),
            VerifyCS.Diagnostic("DEVCRED001").WithLocation(4).WithArguments("LTAI***ncf"));
    }

    [Fact]
    public async Task ConstantBetweenSeparators_IsReportedOnlyWhereItIsDeclared()
    {
        // The ID is reported on its own literal; the messages that quote the constant add no second report.
        const string source = """
            class C
            {
                const string AccessKeyId = {|#0:"LTAI5tu8jzPde0IgxLd6Gncf"|};
                string Message = "Key " + AccessKeyId + " was rotated";
                string Listed = $"Keys: [{AccessKeyId}], next ({AccessKeyId})";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("LTAI***ncf"));
    }

    [Theory]
    [InlineData("\"Hello \" + name + \", you have \" + count + \" messages\"")]
    [InlineData("$\"Hello {name}, you have {count} messages\"")]
    [InlineData("\"LTAI5tu8jz\" + name.ToUpperInvariant()")]
    [InlineData("\"LTAI5tu8jz\" + 12345")]
    [InlineData("\"prefix-\" + \"8rESQedU\" + \"-suffix\"")]
    [InlineData("name + \"LTAI5tu8jzPde0IgxLd6Gnc\"")]
    public async Task NonConstantOrNonCredentialConcatenation_ReportsNothing(string expression)
    {
        string source = $$"""
            class C
            {
                string M(string name, int count) => {{expression}};
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task IdSpreadOverThousandsOfPieces_IsReportedOnceWithoutDeepRecursion(bool nestedToTheRight)
    {
        // 3,000 pieces: a left-nested chain is read without recursion; 3,000 groups nested to the right are left to the
        // compiler's constant folding.
        string[] pieces = "LTAI5tu8jzPde0IgxLd6Gncf".Select(c => "\"" + c + "\"").Concat(Enumerable.Repeat("\" .\"", 2_976)).ToArray();
        string expression = nestedToTheRight
            ? string.Join(" + (", pieces) + new string(')', pieces.Length - 1)
            : string.Join(" + ", pieces);
        string source = $$"""
            class C
            {
                const string Ids = {|#0:{{expression}}|};
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic("DEVCRED001").WithLocation(0).WithArguments("LTAI***ncf"));
    }

    [Fact]
    public async Task HalfTypedConcatenation_ReportsWhatIsComplete()
    {
        const string source = """
            class C
            {
                string M() => "LTAI5tBAep" + "fJBd0Kh8oOOL8d" + );
            }
            """;

        // The expression runs up to the missing operand; the IDE keeps the squiggle while the line is being typed.
        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic("DEVCRED001").WithSpan(3, 19, 3, 53).WithArguments("LTAI***L8d"),
            DiagnosticResult.CompilerError("CS1002").WithSpan(3, 53, 3, 54),
            DiagnosticResult.CompilerError("CS1519").WithSpan(3, 53, 3, 54).WithArguments(")"),
            DiagnosticResult.CompilerError("CS1525").WithSpan(3, 53, 3, 54).WithArguments(")"));
    }
}
