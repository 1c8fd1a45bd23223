using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
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
/// Seeded and bounded: the whole class runs in well under two minutes on two cores.
/// </summary>
public sealed class GuardTests
{
    private const int Seed = 20261204;

    /// <summary>Each sample file is cut this many times, at evenly spaced characters.</summary>
    private const int CutsPerFile = 30;

    /// <summary>Rounds of the cheap mutations per sample file; each round draws one mutation of every kind.</summary>
    private const int MutationRounds = 3;

    private const string OptionsConfig = """
        root = true

        [*.cs]
        devcred.scan_comments = false
        devcred.report_presigned_urls = true
        devcred.ignored_values = LTAI5tQ2d7Wk9xRpLm3nVb8Z, , ;;\t
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
        var runner = new GuardRunner(report) { FixAll = true };
        ImmutableArray<GuardFile> standIns = GuardInputs.StandIns();
        ImmutableArray<GuardFile> sources = GuardInputs.TestSources();
        ImmutableArray<GuardFile> snippets = GuardInputs.CorpusSnippets();

        foreach (GuardFile source in sources)
        {
            await runner.RunAsync(source.Path, GuardWorkspace.CreateProject("Tests", standIns.Prepend(source)));
        }

        foreach (GuardFile snippet in snippets)
        {
            await runner.RunAsync(snippet.Path, GuardWorkspace.CreateProject("Corpus", new[] { snippet }));
            await runner.RunAsync(snippet.Path + " with options", GuardWorkspace.CreateProject("CorpusOptions", new[] { snippet }, editorConfig: OptionsConfig));
        }

        await runner.RunAsync("samples", GuardWorkspace.CreateProject("Samples", GuardInputs.Samples()));

        Report(report, $"Test corpus ({sources.Length} test sources, {snippets.Length} corpus snippets, {standIns.Length} stand-ins, samples)");
        Assert.True(sources.Length >= 20, "the test sources were not found");
        Assert.True(report.InputsThatCompile > report.Inputs / 2, "most test inputs should compile, or the fix checks check nothing");
        Assert.True(report.FixesApplied > 0 && report.FixAllApplied > 0 && report.CompileChecks > 0);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task HalfTypedSamples_NoException()
    {
        var report = new GuardReport();
        var runner = new GuardRunner(report);
        Project samples = GuardWorkspace.CreateProject("Samples", GuardInputs.Samples());

        foreach (Document document in samples.Documents.ToArray())
        {
            var file = new GuardFile(document.FilePath!, (await document.GetTextAsync()).ToString());
            int cut = 0;
            foreach (GuardFile prefix in Mutations.HalfTyped(file, CutsPerFile))
            {
                Project project = document.WithText(SourceText.From(prefix.Text)).Project;
                await runner.RunAsync($"{document.Name} cut at {prefix.Text.Length} (#{cut++})", project, new[] { document.Id });
            }
        }

        Report(report, "Half-typed samples");
        Assert.True(report.Inputs >= samples.Documents.Count() * (CutsPerFile - 1));
        Assert.True(report.TotalDiagnostics > 0, "half-typed samples should still hold the sample's credentials");
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task MutatedSamples_NoExceptionAndFixesKeepCodeCompiling()
    {
        var report = new GuardReport();
        var runner = new GuardRunner(report);
        var mutations = new Mutations(Seed);
        Project samples = GuardWorkspace.CreateProject("Samples", GuardInputs.Samples());
        var kinds = new SortedDictionary<string, int>();

        foreach (Document document in samples.Documents.ToArray())
        {
            var file = new GuardFile(document.FilePath!, (await document.GetTextAsync()).ToString());
            for (int round = 0; round < MutationRounds; round++)
            {
                foreach ((string kind, GuardFile mutated) in mutations.All(file))
                {
                    kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                    (Project project, DocumentId id) = Replace(samples, document, mutated);
                    await runner.RunAsync($"{document.Name}, {kind} (round {round})", project, new[] { id });
                }
            }
        }

        // The megabyte inputs on the two files that hold the sample's credentials and its SDK calls.
        foreach (Document document in samples.Documents.Where(d => d.Name is "Program.cs" && d.FilePath!.Contains("OssQuickstart") || d.Name == "OssClient.cs"))
        {
            var file = new GuardFile(document.FilePath!, (await document.GetTextAsync()).ToString());
            foreach ((string kind, GuardFile mutated) in mutations.Huge(file))
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                (Project project, DocumentId id) = Replace(samples, document, mutated);
                await runner.RunAsync($"{document.Name}, {kind}", project, new[] { id });
            }
        }

        Report(report, "Mutated samples (" + string.Join(", ", kinds.Select(p => p.Key + " " + p.Value)) + ")");
        Assert.True(kinds.Count >= 14, "every kind of mutation should have been drawn");
        Assert.True(report.TotalDiagnostics > 0 && report.FixesApplied > 0);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task GeneratedCodeHeadersAndNames_AreAnalyzedWithoutException()
    {
        var report = new GuardReport();
        var runner = new GuardRunner(report);
        Project samples = GuardWorkspace.CreateProject("Samples", GuardInputs.Samples());
        string[] headers = { "// <auto-generated/>\n", "// <autogenerated />\n", "// <auto-generated>\n// </auto-generated>\n#nullable enable\n" };
        string[] names = { ".g.cs", ".designer.cs", ".generated.cs", ".g.i.cs" };

        foreach (Document document in samples.Documents.ToArray())
        {
            string text = (await document.GetTextAsync()).ToString();
            string stem = document.FilePath!.Substring(0, document.FilePath.Length - 3);
            foreach (GuardFile variant in headers.Select(h => new GuardFile(document.FilePath, h + text))
                .Concat(names.Select(n => new GuardFile(stem + n, text))))
            {
                (Project project, DocumentId id) = Replace(samples, document, variant);
                await runner.RunAsync($"{System.IO.Path.GetFileName(variant.Path)} ({variant.Text.Length} chars)", project, new[] { id });
            }
        }

        Report(report, "Generated-code headers and names");
        Assert.True(report.TotalDiagnostics > 0, "DEVCRED001-003 analyze generated code: the sample's credentials must still be reported");
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task ConfigurationFiles_CutAndMutated_NoException()
    {
        var report = new GuardReport();
        var runner = new GuardRunner(report);
        var random = new System.Random(Seed);
        var files = new List<GuardFile>();
        foreach (GuardFile file in GuardInputs.TestConfigFiles())
        {
            files.Add(file);
            files.AddRange(Mutations.HalfTyped(file, 12));
            files.Add(file with { Text = file.Text.Insert(random.Next(file.Text.Length), "\"") });
            files.Add(file with { Text = file.Text.Insert(random.Next(file.Text.Length), "\uD800\u202E\0") });
        }

        // Nesting is kept moderate: see the report of this change for what a much deeper appsettings.json does.
        files.Add(new GuardFile("Config/deep/appsettings.json", new string('[', 200) + "\"LTAI5tQ2d7Wk9xRpLm3nVb8Z\"" + new string(']', 200)));
        files.Add(new GuardFile("Config/huge/appsettings.json", "{ \"AccessKeySecret\": \"" + new string('a', Mutations.HugeLength) + "\" }"));
        files.Add(new GuardFile("Config/huge/.env", string.Concat(Enumerable.Repeat("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tQ2d7Wk9xRpLm3nVb8Z\n", 20_000))));
        files.Add(new GuardFile("Config/huge/web.config", "<add key=\"x\" value=\"" + new string('<', Mutations.HugeLength) + "\"/>"));
        files.Add(new GuardFile("Config/empty/launchSettings.json", string.Empty));

        // One project per file: an additional-file action sees one file at a time anyway.
        for (int i = 0; i < files.Count; i++)
        {
            GuardFile file = files[i];
            var renamed = file with { Path = $"Config/{i}/{System.IO.Path.GetFileName(file.Path)}" };
            await runner.RunAsync(renamed.Path, GuardWorkspace.CreateProject("Config", new[] { new GuardFile("C.cs", "class C { }") }, new[] { renamed }));
        }

        Report(report, $"Configuration files ({GuardInputs.TestConfigFiles().Length} from the tests, {files.Count} in all)");
        Assert.True(report.TotalDiagnostics > 0, "the configuration files of the tests hold credentials");
        Assert.Empty(report.Failures);
    }

    private static (Project Project, DocumentId Id) Replace(Project project, Document document, GuardFile file)
    {
        if (file.Path == document.FilePath)
        {
            return (document.WithText(SourceText.From(file.Text)).Project, document.Id);
        }

        DocumentId id = DocumentId.CreateNewId(project.Id);
        Solution solution = project.Solution
            .RemoveDocument(document.Id)
            .AddDocument(id, System.IO.Path.GetFileName(file.Path), SourceText.From(file.Text), filePath: file.Path);
        return (solution.GetProject(project.Id)!, id);
    }

    private void Report(GuardReport report, string title) => _output.WriteLine(report.Summary(title));
}
