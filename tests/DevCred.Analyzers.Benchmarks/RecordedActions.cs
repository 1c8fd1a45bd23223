using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers.Benchmarks;

/// <summary>
/// The syntax-node actions an analyzer registers for one compilation, captured by running its Initialize and
/// compilation-start code against recording contexts, so a benchmark can call one action directly.
/// </summary>
internal static class RecordedActions
{
    public static Action<SyntaxNodeAnalysisContext> ForKind(DiagnosticAnalyzer analyzer, Compilation compilation, AnalyzerOptions options, SyntaxKind kind)
    {
        var root = new RootRecorder();
        analyzer.Initialize(root);
        var start = new StartRecorder(compilation, options);
        foreach (Action<CompilationStartAnalysisContext> action in root.StartActions)
        {
            action(start);
        }

        foreach ((Action<SyntaxNodeAnalysisContext> action, ImmutableArray<SyntaxKind> kinds) in start.NodeActions)
        {
            if (kinds.Contains(kind))
            {
                return action;
            }
        }

        throw new InvalidOperationException($"{analyzer.GetType().Name} registers no action for {kind}");
    }

    private sealed class RootRecorder : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> StartActions { get; } = new();

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => StartActions.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
        }
    }

    private sealed class StartRecorder : CompilationStartAnalysisContext
    {
        public StartRecorder(Compilation compilation, AnalyzerOptions options)
            : base(compilation, options, CancellationToken.None)
        {
        }

        public List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> NodeActions { get; } = new();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
            if (syntaxKinds is ImmutableArray<SyntaxKind> kinds)
            {
                NodeActions.Add((action, kinds));
            }
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        {
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
        }
    }
}
