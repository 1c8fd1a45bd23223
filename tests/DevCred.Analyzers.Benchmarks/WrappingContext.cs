using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers.Benchmarks;

/// <summary>What a wrapping analyzer does to each action the wrapped analyzer registers.</summary>
internal abstract class ActionWrapper
{
    /// <summary>False drops operation actions altogether (to show what registering them costs).</summary>
    public virtual bool KeepsOperationActions => true;

    public abstract Action<SyntaxNodeAnalysisContext> Node(Action<SyntaxNodeAnalysisContext> action);

    public abstract Action<OperationAnalysisContext> Operation(Action<OperationAnalysisContext> action);

    public abstract Action<SyntaxTreeAnalysisContext> Tree(Action<SyntaxTreeAnalysisContext> action);

    public abstract Action<AdditionalFileAnalysisContext> AdditionalFile(Action<AdditionalFileAnalysisContext> action);

    /// <summary>Every other kind of action (compilation, symbol, code block, semantic model).</summary>
    public abstract Action<T> Other<T>(Action<T> action);
}

/// <summary>
/// Runs an analyzer's own Initialize and compilation-start code against contexts that pass every registration
/// through an <see cref="ActionWrapper"/>: the same actions, for the same kinds, in the same compilations.
/// </summary>
internal sealed class WrappingContext : AnalysisContext
{
    private readonly AnalysisContext _inner;
    private readonly ActionWrapper _wrapper;

    public WrappingContext(AnalysisContext inner, ActionWrapper wrapper)
    {
        _inner = inner;
        _wrapper = wrapper;
    }

    public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        => _inner.RegisterCompilationStartAction(start => action(new WrappingStartContext(start, _wrapper)));

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _inner.RegisterCompilationAction(_wrapper.Other(action));

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _inner.RegisterSemanticModelAction(_wrapper.Other(action));

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        => _inner.RegisterSymbolAction(_wrapper.Other(action), symbolKinds);

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
        => _inner.RegisterSymbolStartAction(_wrapper.Other(action), symbolKind);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        => _inner.RegisterCodeBlockStartAction(_wrapper.Other(action));

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _inner.RegisterCodeBlockAction(_wrapper.Other(action));

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _inner.RegisterSyntaxTreeAction(_wrapper.Tree(action));

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _inner.RegisterAdditionalFileAction(_wrapper.AdditionalFile(action));

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        => _inner.RegisterSyntaxNodeAction(_wrapper.Node(action), syntaxKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _inner.RegisterOperationBlockStartAction(_wrapper.Other(action));

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _inner.RegisterOperationBlockAction(_wrapper.Other(action));

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
    {
        if (_wrapper.KeepsOperationActions)
        {
            _inner.RegisterOperationAction(_wrapper.Operation(action), operationKinds);
        }
    }

    private sealed class WrappingStartContext : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext _inner;
        private readonly ActionWrapper _wrapper;

        public WrappingStartContext(CompilationStartAnalysisContext inner, ActionWrapper wrapper)
            : base(inner.Compilation, inner.Options, inner.CancellationToken)
        {
            _inner = inner;
            _wrapper = wrapper;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _inner.RegisterCompilationEndAction(_wrapper.Other(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _inner.RegisterSemanticModelAction(_wrapper.Other(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            => _inner.RegisterSymbolAction(_wrapper.Other(action), symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            => _inner.RegisterSymbolStartAction(_wrapper.Other(action), symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            => _inner.RegisterCodeBlockStartAction(_wrapper.Other(action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _inner.RegisterCodeBlockAction(_wrapper.Other(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _inner.RegisterSyntaxTreeAction(_wrapper.Tree(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _inner.RegisterAdditionalFileAction(_wrapper.AdditionalFile(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => _inner.RegisterSyntaxNodeAction(_wrapper.Node(action), syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _inner.RegisterOperationBlockStartAction(_wrapper.Other(action));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _inner.RegisterOperationBlockAction(_wrapper.Other(action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            if (_wrapper.KeepsOperationActions)
            {
                _inner.RegisterOperationAction(_wrapper.Operation(action), operationKinds);
            }
        }
    }
}
