using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DevCred.Analyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- compare [--files 2000] [--reps 5] [--out DIR]</c>: compiler alone, with the do-nothing
/// twins, with DevCred and with SonarAnalyzer's S2068/S6418, interleaved in one run.
/// <c>dotnet run -c Release -- literals</c>: the per-literal allocation benchmark (BenchmarkDotNet, in process).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "compare";
        if (mode == "literals")
        {
            IConfig config = DefaultConfig.Instance
                .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
                .WithArtifactsPath(Option(args, "--out", Path.Combine(AnalyzerSets.Metadata("RepositoryRoot"), "artifacts", "benchmarks", "literals")));
            BenchmarkRunner.Run<LiteralRejectionBenchmarks>(config);
            return 0;
        }

        if (mode == "profile")
        {
            Console.WriteLine(Profile(int.Parse(Option(args, "--files", "2000"), CultureInfo.InvariantCulture), int.Parse(Option(args, "--reps", "3"), CultureInfo.InvariantCulture)));
            return 0;
        }

        if (mode != "compare")
        {
            Console.Error.WriteLine("Modes: compare, literals, profile");
            return 2;
        }

        int files = int.Parse(Option(args, "--files", "2000"), CultureInfo.InvariantCulture);
        int repetitions = int.Parse(Option(args, "--reps", "5"), CultureInfo.InvariantCulture);
        string output = Option(args, "--out", Path.Combine(AnalyzerSets.Metadata("RepositoryRoot"), "artifacts", "benchmarks"));
        Directory.CreateDirectory(output);
        string report = Compare(files, repetitions);
        File.WriteAllText(Path.Combine(output, "compare.md"), report);
        Console.WriteLine(report);
        return 0;
    }

    /// <summary>Where DevCred's time goes: each action timed per analyzer and node kind, summed over the repetitions after one warm-up.</summary>
    private static string Profile(int generatedFiles, int repetitions)
    {
        string root = AnalyzerSets.Metadata("RepositoryRoot");
        ImmutableArray<CorpusProject> projects = Corpus.Create(root, generatedFiles, seed: 20261204);
        var runs = new CompilerRuns(projects, AdditionalFiles());
        var configuration = new Configuration("profiled", AnalyzerSets.DevCred().Select(a => (DiagnosticAnalyzer)new ProfiledAnalyzer(a)).ToImmutableArray());
        runs.Run(configuration);
        ProfiledAnalyzer.Times.Clear();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Profile: every DevCred action timed per node kind over the corpus ({projects.Sum(p => p.Files.Length)} files), {repetitions} runs after one warm-up; wall clock, so the timer's own cost and other processes are included.");
        text.AppendLine();
        for (int i = 0; i < repetitions; i++)
        {
            Measurement measurement = runs.Run(configuration);
            text.AppendLine(CultureInfo.InvariantCulture, $"repetition {i + 1}: time in actions {measurement.ActionTime.TotalMilliseconds:F0} ms; reported {string.Join(", ", measurement.Reported.Select(p => p.Key + " " + p.Value))}");
        }

        text.AppendLine("| analyzer | node kind | ms per run | calls per run | µs per call | ms in calls during which a GC ran (calls) |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: |");
        double Ms(long ticks) => ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency / repetitions;
        foreach (var entry in ProfiledAnalyzer.Times.OrderByDescending(e => e.Value.Ticks))
        {
            double ms = Ms(entry.Value.Ticks);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {entry.Key.Analyzer} | {entry.Key.Kind} | {ms:F1} | {entry.Value.Calls / repetitions} | {ms * 1000 * repetitions / entry.Value.Calls:F2} | {Ms(entry.Value.GcTicks):F1} ({entry.Value.CallsWithGc / repetitions}) |");
        }

        text.AppendLine();
        text.Append(DirectCalls(projects.Single(p => p.Generated)));
        text.AppendLine();
        text.Append(FirstTypeLookup(projects.First(p => !p.Generated)));
        return text.ToString();
    }

    /// <summary>
    /// The string-literal and folded-value actions called directly on every node of the generated compilation, in
    /// tree order, without the driver: what the rule's own code costs, apart from dispatch and timing.
    /// </summary>
    private static string DirectCalls(CorpusProject project)
    {
        SyntaxTree[] trees = project.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), f.Path)).ToArray();
        var compilation = CSharpCompilation.Create(
            "Direct",
            trees,
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        compilation.GetDiagnostics();
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var text = new StringBuilder("| action called directly | nodes | ms | ns per node |\n| --- | ---: | ---: | ---: |\n");
        foreach (SyntaxKind kind in new[] { SyntaxKind.StringLiteralExpression, SyntaxKind.AddExpression, SyntaxKind.InterpolatedStringExpression, SyntaxKind.InvocationExpression })
        {
            Action<SyntaxNodeAnalysisContext> action = RecordedActions.ForKind(new HardcodedCredentialAnalyzer(), compilation, options, kind);
            var contexts = trees.SelectMany(t =>
            {
                SemanticModel model = compilation.GetSemanticModel(t);
                return t.GetRoot().DescendantNodes().Where(n => n.IsKind(kind))
                    .Select(n => new SyntaxNodeAnalysisContext(n, null, model, options, _ => { }, _ => true, CancellationToken.None));
            }).ToArray();
            foreach (SyntaxNodeAnalysisContext context in contexts)
            {
                action(context);
            }

            // The fastest of seven passes: the machine is shared, and the slower passes measure other processes.
            double ms = double.MaxValue;
            for (int pass = 0; pass < 7; pass++)
            {
                GC.Collect();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                foreach (SyntaxNodeAnalysisContext context in contexts)
                {
                    action(context);
                }

                ms = Math.Min(ms, watch.Elapsed.TotalMilliseconds);
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {contexts.Length} | {ms:F1} | {ms * 1e6 / contexts.Length:F0} |");
            if (Environment.GetEnvironmentVariable("DEVCRED_PROFILE_SLOWEST") is not null)
            {
                var slowest = contexts.Select(c =>
                {
                    long best = long.MaxValue;
                    for (int pass = 0; pass < 5; pass++)
                    {
                        long start = System.Diagnostics.Stopwatch.GetTimestamp();
                        action(c);
                        best = Math.Min(best, System.Diagnostics.Stopwatch.GetTimestamp() - start);
                    }

                    return (Ticks: best, Text: c.Node.ToString());
                }).ToArray();
                foreach (var group in slowest.GroupBy(x => x.Text.Length > 40 ? x.Text.Substring(0, 12) : x.Text.Length.ToString(CultureInfo.InvariantCulture)).OrderByDescending(g => g.Sum(x => x.Ticks)).Take(12))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"|   {group.Key} | {group.Count()} | {group.Sum(x => x.Ticks) * 1000.0 / System.Diagnostics.Stopwatch.Frequency:F1} | |");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// What the bridge generators' type lookups cost: the first lookup in a fresh compilation loads the referenced
    /// assemblies' type tables, which the compiler does anyway when it binds the first name; later lookups are cheap.
    /// </summary>
    private static string FirstTypeLookup(CorpusProject project)
    {
        // New reference objects each time: a fresh compiler process reads every referenced assembly's metadata once.
        string[] paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        CSharpCompilation Fresh() => CSharpCompilation.Create(
            project.Name + Guid.NewGuid().ToString("N"),
            project.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), f.Path)),
            paths.Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        double Time(Action action)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            action();
            return watch.Elapsed.TotalMilliseconds;
        }

        var rows = new List<(double First, double Second, double DiagnosticsAfter, double DiagnosticsAlone)>();
        for (int i = 0; i < 5; i++)
        {
            CSharpCompilation looked = Fresh();
            double first = Time(() => looked.GetTypeByMetadataName("Aliyun.Acs.Core.Auth.AlibabaCloudCredentialsProvider"));
            double second = Time(() => looked.GetTypeByMetadataName("Aliyun.OSS.Common.Authentication.ICredentialsProvider"));
            double after = Time(() => looked.GetDiagnostics());
            CSharpCompilation alone = Fresh();
            double diagnostics = Time(() => alone.GetDiagnostics());
            rows.Add((first, second, after, diagnostics));
        }

        double Median(Func<(double First, double Second, double DiagnosticsAfter, double DiagnosticsAlone), double> pick)
            => rows.Select(pick).OrderBy(v => v).ElementAt(rows.Count / 2);
        return string.Create(CultureInfo.InvariantCulture, $"""
            Type lookups in a fresh compilation of {project.Name} ({paths.Length} references read anew), medians of {rows.Count}:
            first GetTypeByMetadataName {Median(r => r.First):F1} ms, second {Median(r => r.Second):F2} ms;
            GetDiagnostics after the lookups {Median(r => r.DiagnosticsAfter):F0} ms, in a fresh compilation without them {Median(r => r.DiagnosticsAlone):F0} ms.

            """);
    }

    private static string Compare(int generatedFiles, int repetitions)
    {
        string root = AnalyzerSets.Metadata("RepositoryRoot");
        ImmutableArray<CorpusProject> projects = Corpus.Create(root, generatedFiles, seed: 20261204);
        var configurations = new[]
        {
            new Configuration("compiler alone", ImmutableArray<DiagnosticAnalyzer>.Empty),
            new Configuration("do-nothing twins", AnalyzerSets.Twins()),
            new Configuration("twins without operation actions", AnalyzerSets.Twins(withoutOperations: true)),
            new Configuration("DevCred", AnalyzerSets.DevCred()),
            new Configuration("Sonar S2068+S6418", AnalyzerSets.Sonar()),
        };
        var runs = new CompilerRuns(projects, AdditionalFiles());

        // One unmeasured round: JIT and first-use costs of every configuration.
        foreach (Configuration configuration in configurations)
        {
            runs.Run(configuration);
        }

        var results = configurations.ToDictionary(c => c.Name, _ => new List<Measurement>());
        for (int repetition = 0; repetition < repetitions; repetition++)
        {
            for (int i = 0; i < configurations.Length; i++)
            {
                Configuration configuration = configurations[(i + repetition) % configurations.Length];
                GC.Collect();
                GC.WaitForPendingFinalizers();
                results[configuration.Name].Add(runs.Run(configuration));
                Console.Error.WriteLine($"repetition {repetition + 1}/{repetitions}: {configuration.Name} {results[configuration.Name][^1].Diagnostics.TotalMilliseconds:F0} ms");
            }
        }

        return Format(projects, configurations, results, repetitions);
    }

    private static string Format(
        ImmutableArray<CorpusProject> projects,
        Configuration[] configurations,
        Dictionary<string, List<Measurement>> results,
        int repetitions)
    {
        double Median(string name, Func<Measurement, TimeSpan> pick)
        {
            double[] values = results[name].Select(m => pick(m).TotalMilliseconds).OrderBy(v => v).ToArray();
            return values.Length % 2 == 1 ? values[values.Length / 2] : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
        }

        // Processor time for the totals (robust to other load on the machine); wall clock is shown beside it.
        double parse = Median("compiler alone", m => m.Parse);
        double diagnostics = Median("compiler alone", m => m.DiagnosticsCpu);
        double emit = Median("compiler alone", m => m.EmitCpu);
        double compiler = diagnostics + emit;
        double twins = Median("do-nothing twins", m => m.DiagnosticsCpu) - diagnostics;
        double devCred = Median("DevCred", m => m.DiagnosticsCpu) - diagnostics;
        double sonar = Median("Sonar S2068+S6418", m => m.DiagnosticsCpu) - diagnostics;
        double wallDiagnostics = Median("compiler alone", m => m.Diagnostics);
        double wallCompiler = wallDiagnostics + Median("compiler alone", m => m.Emit);
        double devCredActions = Median("DevCred", m => m.ActionTime);
        double sonarActions = Median("Sonar S2068+S6418", m => m.ActionTime);
        double twinActions = Median("do-nothing twins", m => m.ActionTime);

        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"Corpus: {projects.Length} compilations, {projects.Sum(p => p.Files.Length)} files, {projects.Sum(p => p.Lines)} lines, {StringLiterals(projects)} string literals; generated: {projects.Single(p => p.Generated).Files.Length} files.");
        text.AppendLine(invariant, $"Compiler errors in the corpus: {results["compiler alone"][0].CompilerErrors} (real projects compiled against this host's assemblies only).");
        text.AppendLine(invariant, $"Repetitions: {repetitions}, interleaved; medians; sequential analysis; Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}; {Environment.ProcessorCount} cores.");
        text.AppendLine();
        text.AppendLine("| configuration | parse + diagnostics, CPU (ms) | added over the compiler, CPU (ms) | the same, wall clock (ms) | time in actions (ms) | reported |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | --- |");
        foreach (Configuration configuration in configurations)
        {
            double total = Median(configuration.Name, m => m.DiagnosticsCpu);
            string added = configuration.Analyzers.IsEmpty ? "-" : (total - diagnostics).ToString("F0", invariant);
            string wall = configuration.Analyzers.IsEmpty ? Median(configuration.Name, m => m.Diagnostics).ToString("F0", invariant) + " (total)" : (Median(configuration.Name, m => m.Diagnostics) - wallDiagnostics).ToString("F0", invariant);
            string actions = configuration.Analyzers.IsEmpty ? "-" : Median(configuration.Name, m => m.ActionTime).ToString("F0", invariant);
            string reported = string.Join(", ", results[configuration.Name][0].Reported.Select(p => p.Key + " " + p.Value));
            text.AppendLine(invariant, $"| {configuration.Name} | {total:F0} | {added} | {wall} | {actions} | {reported} |");
        }

        text.AppendLine();
        text.AppendLine(invariant, $"Compiler time, CPU: diagnostics (parse, declarations, bodies) {diagnostics:F0} + emit {emit:F0} = {compiler:F0} ms; wall clock {wallCompiler:F0} ms (parse alone, wall clock: {parse:F0} ms).");
        text.AppendLine();
        text.AppendLine("| figure | value | target |");
        text.AppendLine("| --- | ---: | --- |");
        text.AppendLine(invariant, $"| DevCred time in actions / compiler time, wall clock (both on one thread) | {100 * devCredActions / wallCompiler:F2} % | at most 1 % |");
        text.AppendLine(invariant, $"| DevCred time in actions / compiler time, processor time | {100 * devCredActions / compiler:F2} % | at most 1 % |");
        text.AppendLine(invariant, $"| DevCred time in actions minus the twins' (dispatch and timing) / compiler wall clock | {100 * (devCredActions - twinActions) / wallCompiler:F2} % | (the rules' own work) |");
        text.AppendLine(invariant, $"| DevCred added time minus the twins' added time, / compiler time | {100 * (devCred - twins) / compiler:F2} % | (the same, by processor time) |");
        text.AppendLine(invariant, $"| DevCred added time / twins' added time | {devCred / twins:F2}x | at most 1.5x |");
        text.AppendLine(invariant, $"| DevCred added time / compiler time | {100 * devCred / compiler:F2} % | (includes the driver cost any analyzer of this shape pays) |");
        text.AppendLine(invariant, $"| Sonar S2068+S6418 time in actions / compiler time, wall clock | {100 * sonarActions / wallCompiler:F2} % | |");
        text.AppendLine(invariant, $"| Sonar added time / compiler time | {100 * sonar / compiler:F2} % | |");
        text.AppendLine(invariant, $"| twins' time in actions (callback and timing overhead alone) | {twinActions:F0} ms | |");
        double twinsWithoutOperations = Median("twins without operation actions", m => m.DiagnosticsCpu) - diagnostics;
        text.AppendLine(invariant, $"| of the twins' added time, due to operation actions | {twins - twinsWithoutOperations:F0} ms ({100 * (twins - twinsWithoutOperations) / compiler:F1} % of the compiler) | |");
        text.AppendLine();
        text.AppendLine("Time in actions per analyzer (median over the repetitions, all compilations):");
        text.AppendLine();
        text.AppendLine("| analyzer | DevCred (ms) | Sonar (ms) |");
        text.AppendLine("| --- | ---: | ---: |");
        foreach (string name in results["DevCred"][0].Telemetry.Select(t => t.Analyzer).Concat(results["Sonar S2068+S6418"][0].Telemetry.Select(t => t.Analyzer)).Distinct())
        {
            string Per(string configuration) => results[configuration][0].Telemetry.Any(t => t.Analyzer == name)
                ? Median(configuration, m => TimeSpan.FromTicks(m.Telemetry.Where(t => t.Analyzer == name).Sum(t => t.Time.Ticks))).ToString("F0", invariant)
                : "";
            text.AppendLine(invariant, $"| {name} | {Per("DevCred")} | {Per("Sonar S2068+S6418")} |");
        }

        text.AppendLine();
        text.AppendLine("Actions registered per compilation (from the driver's telemetry, DevCred configuration):");
        text.AppendLine();
        var telemetry = results["DevCred"][0].Telemetry;
        string[] analyzers = telemetry.Select(t => t.Analyzer).Distinct().ToArray();
        text.AppendLine("| compilation | " + string.Join(" | ", analyzers) + " |");
        text.AppendLine("| --- |" + string.Concat(analyzers.Select(_ => " ---: |")));
        foreach (IGrouping<string, (string Project, string Analyzer, int Actions, TimeSpan Time)> project in telemetry.GroupBy(t => t.Project))
        {
            text.AppendLine("| " + project.Key + " | " + string.Join(" | ", analyzers.Select(a => project.Where(t => t.Analyzer == a).Sum(t => t.Actions))) + " |");
        }

        return text.ToString();
    }

    private static int StringLiterals(ImmutableArray<CorpusProject> projects)
        => projects.SelectMany(p => p.Files).Sum(f => CSharpSyntaxTree.ParseText(f.Text).GetRoot().DescendantTokens()
            .Count(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken)
                || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)));

    /// <summary>SonarLint.xml turns on the two hotspot rules; the appsettings files give DEVCRED007 work.</summary>
    private static ImmutableArray<AdditionalText> AdditionalFiles()
    {
        var files = new List<AdditionalText>
        {
            new InMemoryText("/corpus/SonarLint.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <AnalysisInput>
                  <Settings>
                    <Setting><Key>sonar.cs.analyzeGeneratedCode</Key><Value>true</Value></Setting>
                  </Settings>
                  <Rules>
                    <Rule><Key>S2068</Key></Rule>
                    <Rule><Key>S6418</Key></Rule>
                  </Rules>
                  <Files />
                </AnalysisInput>
                """),
        };
        for (int i = 0; i < 20; i++)
        {
            files.Add(new InMemoryText($"/corpus/Service{i}/appsettings.json", $$"""
                {
                  "Logging": { "LogLevel": { "Default": "Information" } },
                  "Oss": { "Endpoint": "https://oss-cn-hangzhou.aliyuncs.com", "Bucket": "bucket-{{i}}" },
                  "ConnectionStrings": { "Default": "Server=db{{i}};Database=app;Integrated Security=true" }
                }
                """));
        }

        return files.ToImmutableArray();
    }

    private static string Option(string[] args, string name, string fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
