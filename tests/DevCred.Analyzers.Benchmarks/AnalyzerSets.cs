using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers.Benchmarks;

/// <summary>The analyzer sets compared in one run: DevCred's, their do-nothing twins, and SonarAnalyzer's secret rules.</summary>
internal static class AnalyzerSets
{
    public static readonly ImmutableArray<string> SonarRuleIds = ImmutableArray.Create("S2068", "S6418");

    /// <summary>Every non-abstract analyzer of the DevCred.Analyzers assembly, so rules added later are measured too.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> DevCred()
        => typeof(HardcodedCredentialAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> Twins(bool withoutOperations = false)
        => DevCred().Select(a => (DiagnosticAnalyzer)new TwinAnalyzer(a, withoutOperations)).ToImmutableArray();

    /// <summary>The analyzers of the restored SonarAnalyzer.CSharp package that report S2068 or S6418, and no others.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Sonar()
    {
        string folder = Metadata("SonarAnalyzerFolder");
        string path = Path.Combine(folder, "SonarAnalyzer.CSharp.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("SonarAnalyzer.CSharp is restored by the benchmark project (PackageDownload); run dotnet restore.", path);
        }

        var reference = new AnalyzerFileReference(path, new FolderLoader(folder));
        ImmutableArray<DiagnosticAnalyzer> analyzers = reference.GetAnalyzers(LanguageNames.CSharp)
            .Where(a => a.SupportedDiagnostics.Any(d => SonarRuleIds.Contains(d.Id)))
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException($"No analyzer for {string.Join(", ", SonarRuleIds)} in {path}");
        }

        return analyzers;
    }

    public static string Metadata(string key)
        => typeof(AnalyzerSets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>Loads the package's assemblies into the default context; Roslyn itself resolves to the host's copy.</summary>
    private sealed class FolderLoader : IAnalyzerAssemblyLoader
    {
        private readonly string _folder;

        public FolderLoader(string folder)
        {
            _folder = folder;
            AssemblyLoadContext.Default.Resolving += (context, name) =>
            {
                string candidate = Path.Combine(_folder, name.Name + ".dll");
                return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
            };
        }

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
