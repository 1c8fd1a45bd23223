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

    public override void Initialize(AnalysisContext context) => _original.Initialize(new WrappingContext(context, new TimingWrapper(_original.GetType().Name)));

    /// <summary>The node kind; string literals also say whether they have a secret's length.</summary>
    private static string NodeKind(SyntaxNodeAnalysisContext context)
        => context.Node is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal
            ? literal.Token.ValueText.Length is 30 or 44 ? Names.Get(context.Node.Kind(), " (length 30 or 44)") : Names.Get(context.Node.Kind(), " (other lengths)")
            : Names.Get(context.Node.Kind(), string.Empty);

    /// <summary>Kind names built once, so that timing a call allocates nothing.</summary>
    private static class Names
    {
        private static readonly Dictionary<(SyntaxKind, string), string> Cache = new();

        private static readonly Dictionary<OperationKind, string> Operations = new();

        public static string Get(OperationKind kind)
        {
            lock (Operations)
            {
                if (!Operations.TryGetValue(kind, out string? name))
                {
                    Operations[kind] = name = "operation " + kind;
                }

                return name;
            }
        }

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

    /// <summary>Times the actions a rule's work runs in; passes every other registration through unchanged.</summary>
    private sealed class TimingWrapper : ActionWrapper
    {
        private readonly string _name;

        public TimingWrapper(string name) => _name = name;

        public override Action<SyntaxNodeAnalysisContext> Node(Action<SyntaxNodeAnalysisContext> action) => Timed(_name, action, NodeKind);

        public override Action<OperationAnalysisContext> Operation(Action<OperationAnalysisContext> action)
            => Timed(_name, action, c => Names.Get(c.Operation.Kind));

        public override Action<SyntaxTreeAnalysisContext> Tree(Action<SyntaxTreeAnalysisContext> action) => Timed(_name, action, _ => "tree");

        public override Action<AdditionalFileAnalysisContext> AdditionalFile(Action<AdditionalFileAnalysisContext> action)
            => Timed(_name, action, _ => "additional file");

        public override Action<T> Other<T>(Action<T> action) => action;
    }
}
