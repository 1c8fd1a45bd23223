using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DevCred.Analyzers.Tests.Verifiers;

internal static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyCodeFixAsync(string source, string fixedSource)
        => VerifyCodeFixAsync(source, fixedSource, LanguageVersion.Latest);

    /// <summary>
    /// Runs the fix alone and through Fix All (document, project, solution); the framework compiles the
    /// fixed code and fails on any compiler error or remaining diagnostic not listed in <paramref name="fixedSource"/>.
    /// </summary>
    public static async Task VerifyCodeFixAsync(string source, string fixedSource, LanguageVersion languageVersion, string? equivalenceKey = null)
    {
        var test = new Test(languageVersion)
        {
            TestCode = source,
            FixedCode = fixedSource,
        };
        test.CodeActionEquivalenceKey = equivalenceKey;
        await test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        private readonly LanguageVersion _languageVersion;

        public Test(LanguageVersion languageVersion = LanguageVersion.Latest, bool referenceRuntime = true)
        {
            _languageVersion = languageVersion;
            ReferenceAssemblies = TestReferences.Net80;
            if (referenceRuntime)
            {
                TestState.AdditionalReferences.Add(TestReferences.DevCredRuntime);
            }
        }

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(_languageVersion);
    }
}
