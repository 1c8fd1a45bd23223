using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers.Benchmarks;

/// <summary>
/// The do-nothing twin of an analyzer: it runs the analyzer's own Initialize and compilation-start code, so it
/// registers exactly the same actions in the same compilations, but every registered action is replaced by one
/// that returns at once. What the twin costs is what any analyzer of that shape costs; the rest is the rule's work.
/// </summary>
internal sealed class TwinAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer _original;
    private readonly bool _withoutOperations;

    /// <param name="withoutOperations">Drop operation actions: shows what registering them costs on their own.</param>
    public TwinAnalyzer(DiagnosticAnalyzer original, bool withoutOperations = false)
    {
        _original = original;
        _withoutOperations = withoutOperations;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _original.SupportedDiagnostics;

    public string OriginalName => _original.GetType().Name;

    public override void Initialize(AnalysisContext context) => _original.Initialize(new TwinContext(context, _withoutOperations));

    private static void Nothing<T>(T context)
    {
    }

    private sealed class TwinContext : AnalysisContext
    {
        private readonly AnalysisContext _inner;
        private readonly bool _withoutOperations;

        public TwinContext(AnalysisContext inner, bool withoutOperations)
        {
            _inner = inner;
            _withoutOperations = withoutOperations;
        }

        public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            => _inner.RegisterCompilationStartAction(start => action(new TwinStartContext(start, _withoutOperations)));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _inner.RegisterCompilationAction(Nothing);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _inner.RegisterSemanticModelAction(Nothing);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            => _inner.RegisterSymbolAction(Nothing, symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            => _inner.RegisterSymbolStartAction(Nothing, symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            => _inner.RegisterCodeBlockStartAction<TLanguageKindEnum>(Nothing);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _inner.RegisterCodeBlockAction(Nothing);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _inner.RegisterSyntaxTreeAction(Nothing);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _inner.RegisterAdditionalFileAction(Nothing);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => _inner.RegisterSyntaxNodeAction(Nothing, syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _inner.RegisterOperationBlockStartAction(Nothing);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _inner.RegisterOperationBlockAction(Nothing);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            if (!_withoutOperations)
            {
                _inner.RegisterOperationAction(Nothing, operationKinds);
            }
        }
    }

    private sealed class TwinStartContext : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext _inner;
        private readonly bool _withoutOperations;

        public TwinStartContext(CompilationStartAnalysisContext inner, bool withoutOperations)
            : base(inner.Compilation, inner.Options, inner.CancellationToken)
        {
            _inner = inner;
            _withoutOperations = withoutOperations;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _inner.RegisterCompilationEndAction(Nothing);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _inner.RegisterSemanticModelAction(Nothing);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            => _inner.RegisterSymbolAction(Nothing, symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            => _inner.RegisterSymbolStartAction(Nothing, symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            => _inner.RegisterCodeBlockStartAction<TLanguageKindEnum>(Nothing);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _inner.RegisterCodeBlockAction(Nothing);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _inner.RegisterSyntaxTreeAction(Nothing);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _inner.RegisterAdditionalFileAction(Nothing);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => _inner.RegisterSyntaxNodeAction(Nothing, syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _inner.RegisterOperationBlockStartAction(Nothing);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _inner.RegisterOperationBlockAction(Nothing);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            if (!_withoutOperations)
            {
                _inner.RegisterOperationAction(Nothing, operationKinds);
            }
        }
    }
}
