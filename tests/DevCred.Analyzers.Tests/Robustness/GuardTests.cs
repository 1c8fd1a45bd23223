using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace DevCred.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer, generator and fix over the test corpus, half-typed samples, mutated samples and configuration
/// files: no exception may escape, and no fix may turn compiling code into code that does not compile.
/// Seeded and bounded: the budgets below keep the whole class near one minute on two idle cores.
/// </summary>
public sealed class GuardTests
{
    private const int Seed = 20261204;

    /// <summary>Each sample file is cut after every this many characters (about 200 prefixes over the samples).</summary>
    private const int CutEvery = 500;

    /// <summary>Kinds of mutation drawn per sample file, out of the eight in <see cref="Mutations.All"/>.</summary>
    private const int MutationsPerFile = 4;

    /// <summary>Every this many corpus snippets is also run with every devcred.* option set (to odd values).</summary>
    private const int OptionsEvery = 4;

    private const string OptionsConfig = """
        root = true

        [*.cs]
        devcred.scan_comments = false
        devcred.report_presigned_urls = true
        devcred.ignored_values = LTAI5tQ2d7Wk9xRpLm3nVb8Z, , ;;
        devcred.environment = dataworks
        devcred.aliyun_credentials_fixed_version = not-a-version
        dotnet_diagnostic.DEVCRED001.severity = warning
        """;

    private readonly ITestOutputHelper _output;

    public GuardTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task TestCorpus_NoExceptionAndFixesKeepCodeCompiling()
    {
        var report = new GuardReport();
        var runner = new GuardRunner(report) { FixAll = true, MaxFixedDiagnostics = 3 };
        ImmutableArray<GuardFile> standIns = GuardInputs.StandIns();
        ImmutableArray<GuardFile> sources = GuardInputs.TestSources();
        ImmutableArray<GuardFile> snippets = GuardInputs.CorpusSnippets();
        var sampleProjects = GuardInputs.SampleProjects();

        foreach (GuardFile source in sources)
        {
            await runner.RunAsync(source.Path, GuardWorkspace.CreateProject("Tests", standIns.Prepend(source)));
        }

        for (int i = 0; i < snippets.Length; i++)
        {
            await runner.RunAsync(snippets[i].Path, GuardWorkspace.CreateProject("Corpus", new[] { snippets[i] }));
            if (i % OptionsEvery == 0)
            {
                Project withOptions = GuardWorkspace.CreateProject("Options", new[] { snippets[i] }, editorConfig: OptionsConfig);
                await runner.RunAsync(snippets[i].Path + " with options", withOptions);
            }
        }

        foreach ((string name, ImmutableArray<GuardFile> files) in sampleProjects)
        {
            await runner.RunAsync("sample " + name, GuardWorkspace.CreateProject(name, files));
        }

        Report(
            report,
            $"Test corpus ({sources.Length} test sources, {snippets.Length} corpus snippets, {standIns.Length} stand-ins, "
            + $"{sampleProjects.Length} sample projects)");
        Assert.True(sources.Length >= 20, "the test sources were not found");
        Assert.True(
            report.FixableInputsThatCompile > report.FixableInputs / 2,
            "most fixable inputs should compile, or the fix checks check little");
        Assert.True(report.FixesApplied > 0 && report.FixAllApplied > 0 && report.CompileChecks > 0);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task HalfTypedSamples_NoException()
    {
        var report = new GuardReport();
        var runner = new GuardRunner(report) { MaxFixedDiagnostics = 2 };
        int files = 0;

        foreach ((Project samples, Document document) in SampleDocuments())
        {
            files++;
            string text = (await document.GetTextAsync()).ToString();
            for (int length = CutEvery; length < text.Length; length += CutEvery)
            {
                Project project = document.WithText(SourceText.From(text.Substring(0, length))).Project;
                await runner.RunAsync($"{document.Name} cut at {length}", project, new[] { document.Id });
            }
        }

        Report(report, $"Half-typed samples ({files} files, cut every {CutEvery} characters)");
        Assert.True(report.Inputs >= 100, "the samples should give at least 100 prefixes");
        Assert.True(report.TotalDiagnostics > 0, "half-typed samples should still hold the samples' credentials");
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task MutatedSamples_NoExceptionAndFixesKeepCodeCompiling()
    {
        var report = new GuardReport();
        var runner = new GuardRunner(report) { MaxFixedDiagnostics = 3 };
        var mutations = new Mutations(Seed);
        var random = new Random(Seed);
        var kinds = new SortedDictionary<string, int>();

        foreach ((Project samples, Document document) in SampleDocuments())
        {
            var file = new GuardFile(document.FilePath!, (await document.GetTextAsync()).ToString());
            var all = mutations.All(file).ToList();
            foreach ((string kind, GuardFile mutated) in all.OrderBy(_ => random.Next()).Take(MutationsPerFile))
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                (Project project, DocumentId id) = Replace(document, mutated);
                await runner.RunAsync($"{document.Name}, {kind}", project, new[] { id });
            }
        }

        // The megabyte inputs, once each, on the file that holds the quickstart's credentials. One fix each: rewriting
        // and recompiling a megabyte takes seconds, and one is enough to show the fix copes.
        var hugeRunner = new GuardRunner(report) { MaxFixedDiagnostics = 1 };
        Document quickstart = SampleDocuments()
            .Select(d => d.Document)
            .First(d => d.FilePath!.EndsWith("OssQuickstart/Program.cs", StringComparison.Ordinal));
        var quickstartFile = new GuardFile(quickstart.FilePath!, (await quickstart.GetTextAsync()).ToString());
        foreach ((string kind, GuardFile mutated) in mutations.Huge(quickstartFile))
        {
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            (Project project, DocumentId id) = Replace(quickstart, mutated);
            await hugeRunner.RunAsync($"{quickstart.Name}, {kind}", project, new[] { id });
        }

        Report(report, "Mutated samples (" + string.Join(", ", kinds.Select(p => p.Key + " " + p.Value)) + ")");
        Assert.Equal(16, kinds.Count);
        Assert.True(report.TotalDiagnostics > 0 && report.FixesApplied > 0 && report.CompileChecks > 0);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task GeneratedCodeHeadersAndNames_AreAnalyzedWithoutException()
    {
        var report = new GuardReport();
        var runner = new GuardRunner(report) { MaxFixedDiagnostics = 2 };
        var random = new Random(Seed);
        string[] headers =
        {
            "// <auto-generated/>\n",
            "// <autogenerated />\n",
            "// <auto-generated>\n// </auto-generated>\n#nullable enable\n",
        };
        string[] names = { ".g.cs", ".designer.cs", ".generated.cs", ".g.i.cs" };
        int reportedInGenerated = 0;

        foreach ((Project samples, Document document) in SampleDocuments())
        {
            string text = (await document.GetTextAsync()).ToString();
            string stem = document.FilePath!.Substring(0, document.FilePath.Length - 3);
            foreach (GuardFile variant in new[]
            {
                new GuardFile(document.FilePath, headers[random.Next(headers.Length)] + text),
                new GuardFile(stem + names[random.Next(names.Length)], text),
            })
            {
                int before = report.TotalDiagnostics;
                (Project project, DocumentId id) = Replace(document, variant);
                await runner.RunAsync($"{Path.GetFileName(variant.Path)} ({variant.Text.Length} chars)", project, new[] { id });
                reportedInGenerated += report.TotalDiagnostics > before ? 1 : 0;
            }
        }

        Report(report, $"Generated-code headers and names ({reportedInGenerated} generated variants with diagnostics)");
        Assert.True(reportedInGenerated > 0, "DEVCRED001-003 analyze generated code: the samples' credentials must still be reported");
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task ConfigurationFiles_CutAndMutated_NoException()
    {
        var report = new GuardReport();
        var runner = new GuardRunner(report);
        var random = new Random(Seed);
        var files = new List<GuardFile>();
        foreach (GuardFile file in GuardInputs.TestConfigFiles())
        {
            files.Add(file);
            files.AddRange(Mutations.HalfTyped(file, 12));
            files.Add(file with { Text = file.Text.Insert(random.Next(file.Text.Length), "\"") });
            files.Add(file with { Text = file.Text.Insert(random.Next(file.Text.Length), "\uD800\u202E\0") });
        }

        // Nesting is kept moderate: the JSON reader recurses once per level (see docs/performance.md, known issues).
        files.Add(new GuardFile("deep/appsettings.json", new string('[', 200) + "\"LTAI5tQ2d7Wk9xRpLm3nVb8Z\"" + new string(']', 200)));
        files.Add(new GuardFile("huge/appsettings.json", "{ \"AccessKeySecret\": \"" + new string('a', Mutations.HugeLength) + "\" }"));
        string envLine = "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tQ2d7Wk9xRpLm3nVb8Z\n";
        files.Add(new GuardFile("huge/.env", string.Concat(Enumerable.Repeat(envLine, 20_000))));
        files.Add(new GuardFile("huge/web.config", "<add key=\"x\" value=\"" + new string('<', Mutations.HugeLength) + "\"/>"));
        files.Add(new GuardFile("empty/launchSettings.json", string.Empty));

        // One project per file: an additional-file action sees one file at a time anyway.
        for (int i = 0; i < files.Count; i++)
        {
            var renamed = files[i] with { Path = $"Config/{i}/{Path.GetFileName(files[i].Path)}" };
            Project project = GuardWorkspace.CreateProject("Config", new[] { new GuardFile("C.cs", "class C { }") }, new[] { renamed });
            await runner.RunAsync(renamed.Path, project);
        }

        Report(report, $"Configuration files ({GuardInputs.TestConfigFiles().Length} from the tests, {files.Count} in all)");
        Assert.True(report.TotalDiagnostics > 0, "the configuration files of the tests hold credentials");
        Assert.Empty(report.Failures);
    }

    /// <summary>Every document of every sample project, each with the project it compiles in.</summary>
    private static IEnumerable<(Project Project, Document Document)> SampleDocuments()
    {
        foreach ((string name, ImmutableArray<GuardFile> files) in GuardInputs.SampleProjects())
        {
            Project project = GuardWorkspace.CreateProject(name, files);
            foreach (Document document in project.Documents)
            {
                yield return (project, document);
            }
        }
    }

    private static (Project Project, DocumentId Id) Replace(Document document, GuardFile file)
    {
        if (file.Path == document.FilePath)
        {
            return (document.WithText(SourceText.From(file.Text)).Project, document.Id);
        }

        DocumentId id = DocumentId.CreateNewId(document.Project.Id);
        Solution solution = document.Project.Solution
            .RemoveDocument(document.Id)
            .AddDocument(id, Path.GetFileName(file.Path), SourceText.From(file.Text), filePath: file.Path);
        return (solution.GetProject(document.Project.Id)!, id);
    }

    private void Report(GuardReport report, string title) => _output.WriteLine(report.Summary(title));
}
