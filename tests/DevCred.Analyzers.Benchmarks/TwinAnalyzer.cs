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
    private readonly NothingWrapper _wrapper;

    /// <param name="withoutOperations">Drop operation actions: shows what registering them costs on their own.</param>
    public TwinAnalyzer(DiagnosticAnalyzer original, bool withoutOperations = false)
    {
        _original = original;
        _wrapper = new NothingWrapper(withoutOperations);
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _original.SupportedDiagnostics;

    public string OriginalName => _original.GetType().Name;

    public override void Initialize(AnalysisContext context) => _original.Initialize(new WrappingContext(context, _wrapper));

    private sealed class NothingWrapper : ActionWrapper
    {
        private readonly bool _withoutOperations;

        public NothingWrapper(bool withoutOperations) => _withoutOperations = withoutOperations;

        public override bool KeepsOperationActions => !_withoutOperations;

        public override Action<SyntaxNodeAnalysisContext> Node(Action<SyntaxNodeAnalysisContext> action) => Nothing;

        public override Action<OperationAnalysisContext> Operation(Action<OperationAnalysisContext> action) => Nothing;

        public override Action<SyntaxTreeAnalysisContext> Tree(Action<SyntaxTreeAnalysisContext> action) => Nothing;

        public override Action<AdditionalFileAnalysisContext> AdditionalFile(Action<AdditionalFileAnalysisContext> action) => Nothing;

        public override Action<T> Other<T>(Action<T> action) => Nothing;

        private static void Nothing<T>(T context)
        {
        }
    }
}
