using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;

namespace DevCred.Analyzers.Benchmarks;

/// <summary>One measured configuration: the compiler alone, or the compiler with one analyzer set.</summary>
internal sealed record Configuration(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers);

/// <summary>What one repetition of one configuration cost over the whole corpus.</summary>
internal sealed class Measurement
{
    public TimeSpan Parse { get; set; }

    /// <summary>Processor time of the whole process for <see cref="Diagnostics"/>: time taken by other processes on a busy machine does not count.</summary>
    public TimeSpan DiagnosticsCpu { get; set; }

    public TimeSpan EmitCpu { get; set; }

    /// <summary>Parse, declarations, method bodies and, with analyzers, the analysis pass (driver and actions).</summary>
    public TimeSpan Diagnostics { get; set; }

    /// <summary>Code generation after the diagnostics (only measured for the compiler alone).</summary>
    public TimeSpan Emit { get; set; }

    /// <summary>Time inside the analyzers' actions as the driver logs it (what ReportAnalyzer prints).</summary>
    public TimeSpan ActionTime { get; set; }

    public int CompilerErrors { get; set; }

    public SortedDictionary<string, int> Reported { get; } = new(StringComparer.Ordinal);

    /// <summary>Per analyzer and project: actions registered (syntax node, operation, tree, additional file, symbol, semantic model).</summary>
    public List<(string Project, string Analyzer, int Actions, TimeSpan Time)> Telemetry { get; } = new();
}

/// <summary>
/// Compiles the corpus with each configuration, interleaved within every repetition so that load from elsewhere
/// on the machine falls on all of them alike. Sequential compilation and analysis: the figures are work, not parallelism.
/// </summary>
internal sealed class CompilerRuns
{
    private readonly ImmutableArray<CorpusProject> _projects;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly ImmutableArray<AdditionalText> _additionalFiles;
    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);

    public CompilerRuns(ImmutableArray<CorpusProject> projects, ImmutableArray<AdditionalText> additionalFiles)
    {
        _projects = projects;
        _additionalFiles = additionalFiles;
        _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    public Measurement Run(Configuration configuration)
    {
        var measurement = new Measurement();
        foreach (CorpusProject project in _projects)
        {
            var watch = Stopwatch.StartNew();
            TimeSpan cpu = Cpu();
            SyntaxTree[] trees = project.Files
                .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), _parseOptions, f.Path))
                .ToArray();
            measurement.Parse += watch.Elapsed;

            CSharpCompilation compilation = CSharpCompilation.Create(
                project.Name.Replace('/', '.'),
                trees,
                _references,
                // One thread for the compiler as for the analyzers: then its wall-clock time is its work, in the same
                // unit as the driver's time in actions (wall clock on one thread).
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false)
                    .WithSpecificDiagnosticOptions(AnalyzerSets.SonarRuleIds.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Warn))));

            // The compiler's own pass is the same in every configuration; analysis runs after it, as a second pass
            // over the same compilation, the way an IDE or CompilationWithAnalyzers runs it.
            ImmutableArray<Diagnostic> diagnostics = compilation.GetDiagnostics();
            measurement.CompilerErrors += diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            if (configuration.Analyzers.IsEmpty)
            {
                measurement.Diagnostics += watch.Elapsed;
                measurement.DiagnosticsCpu += Cpu() - cpu;
                var emitWatch = Stopwatch.StartNew();
                TimeSpan emitCpu = Cpu();
                using var pe = new MemoryStream();
                using var pdb = new MemoryStream();
                compilation.Emit(pe, pdb, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb));
                measurement.Emit += emitWatch.Elapsed;
                measurement.EmitCpu += Cpu() - emitCpu;
                continue;
            }

            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(_additionalFiles),
                onAnalyzerException: (exception, analyzer, _) => throw new InvalidOperationException($"{analyzer} failed", exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false);
            CompilationWithAnalyzers analysis = compilation.WithAnalyzers(configuration.Analyzers, options);
            ImmutableArray<Diagnostic> reported = analysis.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            measurement.Diagnostics += watch.Elapsed;
            measurement.DiagnosticsCpu += Cpu() - cpu;
            foreach (Diagnostic diagnostic in reported)
            {
                measurement.Reported[diagnostic.Id] = measurement.Reported.GetValueOrDefault(diagnostic.Id) + 1;
            }

            foreach (DiagnosticAnalyzer analyzer in configuration.Analyzers)
            {
                AnalyzerTelemetryInfo info = analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
                measurement.ActionTime += info.ExecutionTime;
                int actions = info.SyntaxNodeActionsCount + info.OperationActionsCount + info.SyntaxTreeActionsCount
                    + info.AdditionalFileActionsCount + info.SymbolActionsCount + info.SemanticModelActionsCount
                    + info.CodeBlockActionsCount + info.OperationBlockActionsCount + info.CompilationActionsCount + info.CompilationEndActionsCount;
                string name = analyzer is TwinAnalyzer twin ? twin.OriginalName : analyzer.GetType().Name;
                measurement.Telemetry.Add((project.Name, name, actions, info.ExecutionTime));
            }
        }

        return measurement;
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
