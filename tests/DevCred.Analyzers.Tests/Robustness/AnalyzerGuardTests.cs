using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DevCred.Analyzers.Tests.Robustness;

/// <summary>An exception escaping any kind of action names the file, the position and the syntax kind.</summary>
public sealed class AnalyzerGuardTests
{
    private const string Source = "class C\n{\n    string Value = \"text\";\n}\n";

    [Fact]
    public async Task SyntaxNodeAction_NamesKindFileAndPosition()
    {
        Exception exception = await FailureAsync(ThrowingAnalyzer.Kind.SyntaxNode);

        Assert.Contains("DevCred.Analyzers failed on StringLiteralExpression at /src/C.cs(3,20)-(3,26)", exception.Message);
        Assert.IsType<FormatException>(exception.InnerException);
    }

    [Fact]
    public async Task OperationAction_NamesKindFileAndPosition()
    {
        Exception exception = await FailureAsync(ThrowingAnalyzer.Kind.Operation);

        Assert.Contains("DevCred.Analyzers failed on Literal at /src/C.cs(3,20)-(3,26)", exception.Message);
        Assert.IsType<FormatException>(exception.InnerException);
    }

    [Fact]
    public async Task SyntaxTreeAction_NamesTheRootAndTheWholeFile()
    {
        Exception exception = await FailureAsync(ThrowingAnalyzer.Kind.SyntaxTree);

        Assert.Contains("DevCred.Analyzers failed on CompilationUnit at /src/C.cs(1,1)-(5,1)", exception.Message);
        Assert.Contains("FormatException: thrown by the test", exception.Message);
        Assert.IsType<FormatException>(exception.InnerException);
    }

    [Fact]
    public async Task AdditionalFileAction_NamesTheFileAndItsExtent()
    {
        Exception exception = await FailureAsync(ThrowingAnalyzer.Kind.AdditionalFile);

        Assert.Contains("DevCred.Analyzers failed on AdditionalFile at /config/appsettings.json(1,1)-(2,11)", exception.Message);
        Assert.IsType<FormatException>(exception.InnerException);
    }

    [Fact]
    public async Task Cancellation_IsNotWrapped()
    {
        var analyzer = new ThrowingAnalyzer(ThrowingAnalyzer.Kind.SyntaxTree, cancel: true);
        using var cancellation = new CancellationTokenSource();
        analyzer.Cancellation = cancellation;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(analyzer, cancellation.Token));
    }

    private static async Task<Exception> FailureAsync(ThrowingAnalyzer.Kind kind)
    {
        List<Exception> exceptions = await RunAsync(new ThrowingAnalyzer(kind), CancellationToken.None);
        return Assert.Single(exceptions);
    }

    private static async Task<List<Exception>> RunAsync(ThrowingAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var exceptions = new List<Exception>();
        var compilation = CSharpCompilation.Create(
            "Guard",
            new[] { CSharpSyntaxTree.ParseText(Source, path: "/src/C.cs") },
            GuardWorkspace.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryFile("/config/appsettings.json", "{\n  \"a\": 1 }"))),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options).GetAnalyzerDiagnosticsAsync(cancellationToken);
        return exceptions;
    }

#pragma warning disable RS1001 // Handed to CompilationWithAnalyzers directly, never discovered: it needs no attribute.
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
#pragma warning disable RS2008 // A test-only rule: it ships in no release.
        private static readonly DiagnosticDescriptor Never = new("GUARD0001", "Never", "Never", "Test", DiagnosticSeverity.Warning, true);
#pragma warning restore RS2008

        private readonly Kind _kind;
        private readonly bool _cancel;

        public ThrowingAnalyzer(Kind kind, bool cancel = false)
        {
            _kind = kind;
            _cancel = cancel;
        }

        public enum Kind
        {
            SyntaxNode,
            Operation,
            SyntaxTree,
            AdditionalFile,
        }

        public CancellationTokenSource? Cancellation { get; set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            switch (_kind)
            {
                case Kind.SyntaxNode:
                    context.RegisterSyntaxNodeAction(AnalyzerGuard.Wrap((SyntaxNodeAnalysisContext _) => Throw()), SyntaxKind.StringLiteralExpression);
                    break;
                case Kind.Operation:
                    context.RegisterOperationAction(AnalyzerGuard.Wrap((OperationAnalysisContext _) => Throw()), OperationKind.Literal);
                    break;
                case Kind.SyntaxTree:
                    context.RegisterSyntaxTreeAction(AnalyzerGuard.Wrap((SyntaxTreeAnalysisContext _) => Throw()));
                    break;
                default:
                    context.RegisterAdditionalFileAction(AnalyzerGuard.Wrap((AdditionalFileAnalysisContext _) => Throw()));
                    break;
            }
        }

        private void Throw()
        {
            if (_cancel)
            {
                Cancellation!.Cancel();
                Cancellation.Token.ThrowIfCancellationRequested();
            }

            throw new FormatException("thrown by the test");
        }
    }

    private sealed class InMemoryFile : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryFile(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
