using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers.Benchmarks;

/// <summary>
/// Runs an analyzer unchanged but times each syntax-node, syntax-tree, operation and additional-file action per
/// node or operation kind, so the profile step can say where an analyzer's time goes.
/// </summary>
internal sealed class ProfiledAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer _original;

    public ProfiledAnalyzer(DiagnosticAnalyzer original) => _original = original;

    /// <summary>Per key: time, calls, and time spent in calls during which a garbage collection ran.</summary>
    public static Dictionary<(string Analyzer, string Kind), Entry> Times { get; } = new();

    internal sealed class Entry
    {
        public long Ticks;
        public long GcTicks;
        public int Calls;
        public int CallsWithGc;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _original.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => _original.Initialize(new Root(context, _original.GetType().Name));

    /// <summary>The node kind; string literals also say whether they have a secret's length.</summary>
    private static string NodeKind(SyntaxNodeAnalysisContext context)
        => context.Node is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal
            ? literal.Token.ValueText.Length is 30 or 44 ? Names.Get(context.Node.Kind(), " (length 30 or 44)") : Names.Get(context.Node.Kind(), " (other lengths)")
            : Names.Get(context.Node.Kind(), string.Empty);

    /// <summary>Kind names built once, so that timing a call allocates nothing.</summary>
    private static class Names
    {
        private static readonly Dictionary<(SyntaxKind, string), string> Cache = new();

        public static string Get(SyntaxKind kind, string suffix)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue((kind, suffix), out string? name))
                {
                    Cache[(kind, suffix)] = name = kind + suffix;
                }

                return name;
            }
        }
    }

    private static Action<T> Timed<T>(string analyzer, Action<T> action, Func<T, string> kind)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        return context =>
        {
            int collections = GC.CollectionCount(0);
            long start = Stopwatch.GetTimestamp();
            try
            {
                action(context);
            }
            finally
            {
                long elapsed = Stopwatch.GetTimestamp() - start;
                bool gc = GC.CollectionCount(0) != collections;
                string name = kind(context);
                lock (Times)
                {
                    if (!Times.TryGetValue((analyzer, name), out Entry? entry))
                    {
                        Times[(analyzer, name)] = entry = new Entry();
                    }

                    entry.Ticks += elapsed;
                    entry.Calls++;
                    if (gc)
                    {
                        entry.GcTicks += elapsed;
                        entry.CallsWithGc++;
                    }
                }
            }
        };
    }

    private sealed class Root : AnalysisContext
    {
        private readonly AnalysisContext _inner;
        private readonly string _name;

        public Root(AnalysisContext inner, string name)
        {
            _inner = inner;
            _name = name;
        }

        public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            => _inner.RegisterCompilationStartAction(start => action(new Start(start, _name)));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _inner.RegisterCompilationAction(action);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _inner.RegisterSemanticModelAction(action);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _inner.RegisterSymbolAction(action, symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _inner.RegisterCodeBlockStartAction(action);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _inner.RegisterCodeBlockAction(action);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
            => _inner.RegisterSyntaxTreeAction(Timed(_name, action, _ => "tree"));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            => _inner.RegisterAdditionalFileAction(Timed(_name, action, _ => "additional file"));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => _inner.RegisterSyntaxNodeAction(Timed(_name, action, NodeKind), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => _inner.RegisterOperationAction(Timed(_name, action, c => "operation " + c.Operation.Kind), operationKinds);
    }

    private sealed class Start : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext _inner;
        private readonly string _name;

        public Start(CompilationStartAnalysisContext inner, string name)
            : base(inner.Compilation, inner.Options, inner.CancellationToken)
        {
            _inner = inner;
            _name = name;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _inner.RegisterCompilationEndAction(action);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _inner.RegisterSemanticModelAction(action);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _inner.RegisterSymbolAction(action, symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _inner.RegisterSymbolStartAction(action, symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _inner.RegisterCodeBlockStartAction(action);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _inner.RegisterCodeBlockAction(action);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
            => _inner.RegisterSyntaxTreeAction(Timed(_name, action, _ => "tree"));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            => _inner.RegisterAdditionalFileAction(Timed(_name, action, _ => "additional file"));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => _inner.RegisterSyntaxNodeAction(Timed(_name, action, NodeKind), syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _inner.RegisterOperationBlockStartAction(action);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _inner.RegisterOperationBlockAction(action);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => _inner.RegisterOperationAction(Timed(_name, action, c => "operation " + c.Operation.Kind), operationKinds);
    }
}
