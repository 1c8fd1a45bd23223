using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DevCred.Package.Tests;

/// <summary>
/// The compilers the package supports (docs/build-integration.md, "Supported compilers"): Roslyn 4.8 (.NET 8 SDK)
/// and newer. Only the .NET 10 SDK is installed here, so the oldest compiler is checked two ways: the packed
/// analyzers run on Microsoft.CodeAnalysis 4.8.0 in this process, and a consumer builds with the newest older
/// compiler package NuGet serves here (Microsoft.Net.Compilers.Toolset 4.14.0, the .NET 9.0.3xx SDK's compiler).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompilerSupportTests
{
    private const string ToolsetVersion = "4.14.0";
    private const string AccessKeyId = "LTAIRSzK24yV4uMTGFqxwjua";
    private const string AccessKeyIdInSettings = "LTAI8rNc2VxQm5Tz7KbW4pLd";

    private static readonly Version Roslyn48 = new(4, 8, 0, 0);

    private static readonly string ProgramSource = $$"""
        using System;

        public static class Program
        {
            public static int Main()
            {
                string accessKeyId = "{{AccessKeyId}}";
                Console.WriteLine(accessKeyId.Length);
                return 0;
            }
        }

        """;

    private static readonly string AppSettingsSource = $$"""
        {
          "Aliyun": {
            "AccessKeyId": "{{AccessKeyIdInSettings}}"
          }
        }

        """;

    private readonly PackageFixture _package;

    public CompilerSupportTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public async Task PackedAnalyzers_ReferenceRoslyn48AtMost_AndLoadAndReportOnMicrosoftCodeAnalysis48()
    {
        // This process runs the analyzers on the Microsoft.CodeAnalysis the .NET 8.0.1xx SDK's compiler is built from.
        Assert.Equal(Roslyn48, typeof(Compilation).Assembly.GetName().Version);
        Assert.Equal(Roslyn48, typeof(CSharpCompilation).Assembly.GetName().Version);

        string folder = TestEnvironment.CreateTemporaryDirectory("roslyn48");
        try
        {
            string[] assemblies = ExtractAnalyzerAssemblies(folder);
            Assert.Equal(
                new[] { "DevCred.Analyzers.CodeFixes.dll", "DevCred.Analyzers.dll" },
                assemblies.Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal));

            // 1. No packed assembly asks for a compiler newer than 4.8: such a reference makes an older compiler
            //    skip the whole analyzer assembly (warning CS8032).
            foreach (string assembly in assemblies)
            {
                List<AssemblyName> roslynReferences = CompilerReferences(assembly);
                Assert.NotEmpty(roslynReferences);
                Assert.All(roslynReferences, reference => Assert.True(
                    reference.Version <= Roslyn48,
                    $"{Path.GetFileName(assembly)} references {reference.Name} {reference.Version}: compilers before it cannot load it."));
            }

            // 2. Loaded the way a compiler loads them: every analyzer type instantiates.
            string analyzersPath = assemblies.Single(path => Path.GetFileName(path) == "DevCred.Analyzers.dll");
            var reference = new AnalyzerFileReference(analyzersPath, new LoadFromLoader());
            var loadFailures = new List<string>();
            reference.AnalyzerLoadFailed += (_, e) => loadFailures.Add($"{e.TypeName}: {e.ErrorCode} {e.Message}");
            ImmutableArray<DiagnosticAnalyzer> analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
            Assert.Empty(loadFailures);
            Assert.NotEmpty(analyzers);

            // The rules' default severities are the Default column of the documented table.
            Dictionary<string, DiagnosticDescriptor> descriptors = analyzers
                .SelectMany(analyzer => analyzer.SupportedDiagnostics)
                .Where(descriptor => descriptor.Id.StartsWith("DEVCRED", StringComparison.Ordinal))
                .GroupBy(descriptor => descriptor.Id)
                .ToDictionary(group => group.Key, group => group.First());
            Dictionary<string, Dictionary<string, string>> documented = SeverityTable.Read();
            Assert.Equal(documented.Keys.OrderBy(id => id, StringComparer.Ordinal), descriptors.Keys.OrderBy(id => id, StringComparer.Ordinal));
            foreach ((string id, DiagnosticDescriptor descriptor) in descriptors)
            {
                Assert.True(descriptor.IsEnabledByDefault, $"{id} is off by default.");
                Assert.Equal(documented[id]["Default"], EditorConfigSeverity(descriptor.DefaultSeverity));
                Assert.Equal($"https://github.com/devcred/DevCred.Analyzers/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
            }

            // 3. They run: DEVCRED001 on the literal, DEVCRED007 on the value in appsettings.json, no exception.
            string programPath = Path.Combine(folder, "Consumer", "Program.cs");
            string settingsPath = Path.Combine(folder, "Consumer", "appsettings.json");
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Consumer",
                [CSharpSyntaxTree.ParseText(ProgramSource, new CSharpParseOptions(LanguageVersion.CSharp12), programPath)],
                FrameworkReferences(),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([new InMemoryAdditionalText(settingsPath, AppSettingsSource)]),
                onAnalyzerException: (exception, analyzer, _) => exceptions.Add($"{analyzer}: {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(analyzers, options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Diagnostic inCode = Assert.Single(diagnostics, d => d.Id == "DEVCRED001");
            Assert.Equal(programPath, inCode.Location.GetLineSpan().Path);
            Assert.Equal(Locate(ProgramSource, AccessKeyId).Line, inCode.Location.GetLineSpan().StartLinePosition.Line + 1);
            Assert.Equal(DiagnosticSeverity.Error, inCode.Severity);

            Diagnostic inSettings = Assert.Single(diagnostics, d => d.Id == "DEVCRED007");
            FileLinePositionSpan span = inSettings.Location.GetLineSpan();
            Assert.Equal(settingsPath, span.Path);
            Assert.Equal(Locate(AppSettingsSource, AccessKeyIdInSettings), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
            Assert.DoesNotContain(AccessKeyIdInSettings, inSettings.GetMessage());
        }
        finally
        {
            TestEnvironment.DeleteDirectory(folder);
        }
    }

    [Fact]
    public async Task ConsumerBuiltWithTheRoslyn414CompilerPackage_ReportsInBuildOutputAndSarif()
    {
        using var consumer = new ConsumerWorkspace(_package, "toolset");
        consumer.WriteProject(
            extraProperties: """
                    <!-- Any value but Core or Framework: the .NET SDK then leaves the compiler to the package. -->
                    <RoslynCompilerType>ToolsetPackage</RoslynCompilerType>
                    <UseSharedCompilation>false</UseSharedCompilation>
                """,
            extraItems: $"""
                    <PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="{ToolsetVersion}" PrivateAssets="all" />
                """);
        string program = consumer.WriteFile("Program.cs", ProgramSource);
        string settings = consumer.WriteFile("appsettings.json", AppSettingsSource);

        ProcessResult build = await consumer.Build("-p:ErrorLog=toolset.sarif%2Cversion=2.1");
        Assert.True(build.ExitCode != 0, "DEVCRED001 and DEVCRED007 should fail the build. " + build.Describe());
        consumer.AssertRestoredThePackageUnderTest();

        // The compiler that ran is the package's, and it loaded the analyzers (no CS8032/CS8033 load warnings).
        string sarifPath = Path.Combine(consumer.ProjectDirectory, "toolset.sarif");
        Assert.True(File.Exists(sarifPath), "The compiler wrote no SARIF log. " + build.Describe());
        using JsonDocument sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        JsonElement run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        Assert.True(
            driver.GetProperty("semanticVersion").GetString() == ToolsetVersion,
            $"The build ran compiler {driver.GetProperty("version").GetString()}, not the one of Microsoft.Net.Compilers.Toolset {ToolsetVersion}.");
        Assert.DoesNotContain("CS8032", build.Output);
        Assert.DoesNotContain("CS8033", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);

        List<BuildDiagnostic> diagnostics = ConsumerWorkspace.Diagnostics(build.Output);
        BuildDiagnostic inCode = Assert.Single(diagnostics, d => d.Id == "DEVCRED001");
        Assert.Equal((program, ConsumerWorkspace.Locate(program, AccessKeyId).Line, "error"), (inCode.File, inCode.Line, inCode.Severity));
        BuildDiagnostic inSettings = Assert.Single(diagnostics, d => d.Id == "DEVCRED007");
        (int line, int column) = ConsumerWorkspace.Locate(settings, AccessKeyIdInSettings);
        Assert.Equal((settings, line, column), (inSettings.File, inSettings.Line, inSettings.Column));

        string[] ruleIds = run.GetProperty("results").EnumerateArray()
            .Select(result => result.GetProperty("ruleId").GetString()!)
            .Where(id => id.StartsWith("DEVCRED", StringComparison.Ordinal))
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(new[] { "DEVCRED001", "DEVCRED007" }, ruleIds);
    }

    private string[] ExtractAnalyzerAssemblies(string folder)
    {
        using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);
        var paths = new List<string>();
        foreach (ZipArchiveEntry entry in archive.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)
                     && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            string path = Path.Combine(folder, entry.Name);
            entry.ExtractToFile(path);
            paths.Add(path);
        }

        return paths.ToArray();
    }

    /// <summary>The Microsoft.CodeAnalysis assemblies an assembly references, read from its metadata without loading it.</summary>
    private static List<AssemblyName> CompilerReferences(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => new AssemblyName(metadata.GetString(reference.Name)) { Version = reference.Version })
            .Where(name => name.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();
    }

    private static IEnumerable<MetadataReference> FrameworkReferences()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "System.Private.CoreLib.dll" or "System.Runtime.dll" or "System.Console.dll")
            .Select(path => MetadataReference.CreateFromFile(path));

    private static string EditorConfigSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    private static (int Line, int Column) Locate(string text, string value)
    {
        string[] lines = text.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains(value, StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(value, StringComparison.Ordinal) + 1);
    }

    /// <summary>Loads analyzer assemblies into the default context, where this process's Microsoft.CodeAnalysis 4.8.0 is.</summary>
    private sealed class LoadFromLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }
}
