using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DevCred.Analyzers.Tests.Robustness;

/// <summary>
/// Runs every DevCred analyzer, generator and fixer over a project and records what went wrong: analyzer
/// exceptions (AD0001), generator exceptions, fix exceptions, and fixes that turn compiling code into code that does not.
/// </summary>
internal sealed class GuardRunner
{
    /// <summary>Each input gets this long; a hang is reported as a failure, not left to the test host's timeout.</summary>
    private static readonly TimeSpan InputTimeout = TimeSpan.FromSeconds(60);

    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = DevCredComponents.CreateAnalyzers();
    private readonly ImmutableArray<CodeFixProvider> _fixers = DevCredComponents.CreateFixers();
    private readonly ImmutableArray<ISourceGenerator> _generators = DevCredComponents.CreateGenerators();
    private readonly GuardReport _report;

    public GuardRunner(GuardReport report) => _report = report;

    /// <summary>At most this many diagnostics per input get their fixes applied, one by one.</summary>
    public int MaxFixedDiagnostics { get; init; } = 6;

    /// <summary>Also apply each fixer's Fix All to each document (slower: used on whole files, not on every mutation).</summary>
    public bool FixAll { get; init; }

    /// <summary>
    /// Analyzes the documents in <paramref name="targets"/> (all documents and additional files when null) and
    /// applies the fixes offered for what is reported there.
    /// </summary>
    public async Task RunAsync(string label, Project project, IReadOnlyCollection<DocumentId>? targets = null)
    {
        _report.Inputs++;
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(InputTimeout);
        try
        {
            project = await AddGeneratedSourcesAsync(label, project, timeout.Token);
            Compilation compilation = (await project.GetCompilationAsync(timeout.Token))!;
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(label, project, compilation, targets, timeout.Token);

            // Whether the input compiles matters only where a fix will be checked against it.
            bool fixable = diagnostics.Any(d => _fixers.Any(f => f.FixableDiagnosticIds.Contains(d.Id)));
            bool compiles = fixable && !HasErrors(compilation, timeout.Token);
            _report.FixableInputs += fixable ? 1 : 0;
            _report.FixableInputsThatCompile += compiles ? 1 : 0;

            await ApplyFixesAsync(label, project, diagnostics, compiles, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            _report.FixExceptions.Add($"{label}: no result within {InputTimeout.TotalSeconds} s");
        }

        _report.Time(label, watch.Elapsed);
    }

    private async Task<Project> AddGeneratedSourcesAsync(string label, Project project, CancellationToken cancellationToken)
    {
        Compilation compilation = (await project.GetCompilationAsync(cancellationToken))!;
        GeneratorDriverRunResult run = CSharpGeneratorDriver.Create(_generators, parseOptions: (CSharpParseOptions)project.ParseOptions!)
            .RunGenerators(compilation, cancellationToken)
            .GetRunResult();
        foreach (GeneratorRunResult result in run.Results)
        {
            if (result.Exception is not null)
            {
                _report.GeneratorExceptions.Add($"{label}: {result.Generator.GetGeneratorType().Name}: {result.Exception}");
            }

            foreach (GeneratedSourceResult source in result.GeneratedSources)
            {
                project = project.AddDocument(source.HintName, source.SourceText, filePath: "/guard/generated/" + source.HintName).Project;
            }
        }

        return project;
    }

    private async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(
        string label,
        Project project,
        Compilation compilation,
        IReadOnlyCollection<DocumentId>? targets,
        CancellationToken cancellationToken)
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add($"{label}: {analyzer.GetType().Name}: {exception}");
                }
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers(_analyzers, options);

        ImmutableArray<Diagnostic> diagnostics;
        if (targets is null)
        {
            diagnostics = await analysis.GetAnalyzerDiagnosticsAsync(cancellationToken);
        }
        else
        {
            var found = new List<Diagnostic>();
            foreach (DocumentId id in targets)
            {
                SyntaxTree tree = (await project.GetDocument(id)!.GetSyntaxTreeAsync(cancellationToken))!;
                found.AddRange(await analysis.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken));
                SemanticModel model = compilation.GetSemanticModel(tree);
                found.AddRange(await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, cancellationToken));
            }

            diagnostics = found.ToImmutableArray();
        }

        _report.AnalyzerExceptions.AddRange(exceptions);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Id == "AD0001" && exceptions.Count == 0)
            {
                _report.AnalyzerExceptions.Add($"{label}: {diagnostic.GetMessage()}");
            }

            _report.CountDiagnostic(diagnostic.Id);
        }

        return diagnostics.Where(d => d.Id.StartsWith("DEVCRED", StringComparison.Ordinal) && d.Location.IsInSource).ToImmutableArray();
    }

    private async Task ApplyFixesAsync(
        string label,
        Project project,
        ImmutableArray<Diagnostic> diagnostics,
        bool compiles,
        CancellationToken cancellationToken)
    {
        foreach (Diagnostic diagnostic in diagnostics.Take(MaxFixedDiagnostics))
        {
            Document document = project.GetDocument(diagnostic.Location.SourceTree)!;
            foreach (CodeFixProvider fixer in _fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                string what = $"{label}: {fixer.GetType().Name} on {diagnostic.Id} at {diagnostic.Location.GetLineSpan()}";
                foreach (CodeAction action in await OfferedAsync(what, fixer, document, diagnostic, cancellationToken))
                {
                    _report.FixesApplied++;
                    await ApplyAsync(what + $" ({action.Title})", project, document.Id, action, compiles, cancellationToken);
                }
            }
        }

        if (!FixAll)
        {
            return;
        }

        foreach (IGrouping<DocumentId, Diagnostic> perDocument in diagnostics.GroupBy(d => project.GetDocument(d.Location.SourceTree)!.Id))
        {
            Document document = project.GetDocument(perDocument.Key)!;
            foreach (CodeFixProvider fixer in _fixers)
            {
                Diagnostic[] fixable = perDocument.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToArray();
                if (fixable.Length > 0)
                {
                    await FixAllAsync(label, project, document, fixer, fixable, compiles, cancellationToken);
                }
            }
        }
    }

    private async Task<List<CodeAction>> OfferedAsync(
        string what,
        CodeFixProvider fixer,
        Document document,
        Diagnostic diagnostic,
        CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        try
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await fixer.RegisterCodeFixesAsync(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _report.FixExceptions.Add($"{what}: RegisterCodeFixesAsync: {exception}");
        }

        _report.FixesOffered += actions.Count;
        return actions;
    }

    private async Task FixAllAsync(
        string label,
        Project project,
        Document document,
        CodeFixProvider fixer,
        Diagnostic[] diagnostics,
        bool compiles,
        CancellationToken cancellationToken)
    {
        string what = $"{label}: Fix All (document) of {fixer.GetType().Name} on {diagnostics.Length} diagnostics";
        List<CodeAction> offered = await OfferedAsync(what, fixer, document, diagnostics[0], cancellationToken);
        if (offered.Count == 0 || fixer.GetFixAllProvider() is not { } provider)
        {
            return;
        }

        CodeAction? action;
        try
        {
            var context = new FixAllContext(
                document,
                fixer,
                FixAllScope.Document,
                offered[0].EquivalenceKey,
                diagnostics.Select(d => d.Id).Distinct(),
                new FixedDiagnostics(diagnostics),
                cancellationToken);
            action = await provider.GetFixAsync(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _report.FixExceptions.Add($"{what}: GetFixAsync: {exception}");
            return;
        }

        if (action is not null)
        {
            _report.FixAllApplied++;
            await ApplyAsync(what, project, document.Id, action, compiles, cancellationToken);
        }
    }

    private async Task ApplyAsync(
        string what,
        Project project,
        DocumentId documentId,
        CodeAction action,
        bool compiles,
        CancellationToken cancellationToken)
    {
        Solution changed;
        try
        {
            ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(cancellationToken);
            ApplyChangesOperation? apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault();
            if (apply is null)
            {
                return;
            }

            changed = apply.ChangedSolution;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _report.FixExceptions.Add($"{what}: GetOperationsAsync: {exception}");
            return;
        }

        if (!compiles)
        {
            return;
        }

        _report.CompileChecks++;
        Project fixedProject = changed.GetProject(project.Id)!;
        Compilation compilation = (await fixedProject.GetCompilationAsync(cancellationToken))!;
        Diagnostic[] errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            Document fixedDocument = changed.GetDocument(documentId)!;
            SourceText text = await fixedDocument.GetTextAsync(cancellationToken);
            string excerpt = errors[0].Location.IsInSource && errors[0].Location.SourceTree!.FilePath == fixedDocument.FilePath
                ? text.Lines.GetLineFromPosition(errors[0].Location.SourceSpan.Start).ToString().Trim()
                : string.Empty;
            _report.BrokenCompilations.Add($"{what}: {errors.Length} errors, first {errors[0]} [{excerpt}]");
        }
    }

    private static bool HasErrors(Compilation compilation, CancellationToken cancellationToken)
        => compilation.GetDiagnostics(cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Hands Fix All exactly the diagnostics the analyzers reported.</summary>
    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly Diagnostic[] _diagnostics;

        public FixedDiagnostics(Diagnostic[] diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
