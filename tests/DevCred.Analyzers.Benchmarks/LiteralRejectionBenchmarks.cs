using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers.Benchmarks;

/// <summary>
/// The per-literal path on literals that hold no credential: the prefilter alone, and the analyzer's registered
/// string-literal action as the driver calls it. Allocated bytes are per literal (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class LiteralRejectionBenchmarks
{
    private const int GeneratedFiles = 100;

    private Func<string, bool> _mayHoldCredential = null!;
    private Action<SyntaxNodeAnalysisContext> _stringLiteralAction = null!;
    private string[] _rejectedTexts = Array.Empty<string>();
    private SyntaxNodeAnalysisContext[] _rejectedContexts = Array.Empty<SyntaxNodeAnalysisContext>();
    private SyntaxNodeAnalysisContext[] _nearMissContexts = Array.Empty<SyntaxNodeAnalysisContext>();
    private int _reported;

    /// <summary>Literals per benchmark call; BenchmarkDotNet divides time and allocation by it.</summary>
    public const int Literals = 2000;

    [GlobalSetup]
    public void Setup()
    {
        // CredentialFinder is internal: a delegate to it costs nothing per call and needs no InternalsVisibleTo.
        MethodInfo method = typeof(HardcodedCredentialAnalyzer).Assembly.GetType("DevCred.Analyzers.CredentialFinder", throwOnError: true)!
            .GetMethod("MayHoldCredential", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, new[] { typeof(string) })!;
        _mayHoldCredential = method.CreateDelegate<Func<string, bool>>();

        var trees = Corpus.Create(AnalyzerSets.Metadata("RepositoryRoot"), GeneratedFiles, seed: 7)
            .Single(p => p.Generated).Files
            .Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), f.Path))
            .ToArray();
        var compilation = CSharpCompilation.Create(
            "Literals",
            trees,
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        _stringLiteralAction = RecordedActions.ForKind(new HardcodedCredentialAnalyzer(), compilation, options, SyntaxKind.StringLiteralExpression);

        var literals = trees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
            .ToArray();
        LiteralExpressionSyntax[] rejected = literals.Where(l => !_mayHoldCredential(l.Token.ValueText)).ToArray();
        LiteralExpressionSyntax[] nearMisses = literals.Where(l => _mayHoldCredential(l.Token.ValueText)).ToArray();
        if (rejected.Length < Literals || nearMisses.Length == 0)
        {
            throw new InvalidOperationException($"The corpus gave {rejected.Length} rejected literals and {nearMisses.Length} near misses");
        }

        _rejectedTexts = rejected.Take(Literals).Select(l => l.Token.ValueText).ToArray();
        _rejectedContexts = rejected.Take(Literals).Select(l => Context(l, compilation, options)).ToArray();
        _nearMissContexts = Enumerable.Range(0, Literals).Select(i => Context(nearMisses[i % nearMisses.Length], compilation, options)).ToArray();
        Console.WriteLine($"// {literals.Length} string literals: {rejected.Length} rejected by the prefilter, {nearMisses.Length} passed on to the rules");
    }

    [Benchmark(OperationsPerInvoke = Literals)]
    public int Prefilter()
    {
        int passed = 0;
        foreach (string text in _rejectedTexts)
        {
            passed += _mayHoldCredential(text) ? 1 : 0;
        }

        return passed;
    }

    [Benchmark(OperationsPerInvoke = Literals)]
    public void AnalyzerActionOnRejectedLiteral()
    {
        foreach (SyntaxNodeAnalysisContext context in _rejectedContexts)
        {
            _stringLiteralAction(context);
        }
    }

    /// <summary>Literals the prefilter lets through (30 letters and digits, most of them): not the rejection path, shown for scale.</summary>
    [Benchmark(OperationsPerInvoke = Literals)]
    public void AnalyzerActionOnNearMiss()
    {
        foreach (SyntaxNodeAnalysisContext context in _nearMissContexts)
        {
            _stringLiteralAction(context);
        }
    }

    private SyntaxNodeAnalysisContext Context(SyntaxNode node, Compilation compilation, AnalyzerOptions options)
        => new(
            node,
            containingSymbol: null,
            compilation.GetSemanticModel(node.SyntaxTree),
            options,
            _ => Interlocked.Increment(ref _reported),
            _ => true,
            CancellationToken.None);
}
