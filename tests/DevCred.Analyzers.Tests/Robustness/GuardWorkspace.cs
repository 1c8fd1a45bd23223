using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using DevCred.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace DevCred.Analyzers.Tests.Robustness;

/// <summary>One source or additional file of an in-memory project; the path is relative to the project folder.</summary>
internal sealed record GuardFile(string Path, string Text);

/// <summary>In-memory projects (AdhocWorkspace) compiled against the test host's framework and DevCred.Runtime.</summary>
internal static class GuardWorkspace
{
    /// <summary>The framework the tests run on, plus DevCred.Runtime and its logging abstractions, as the fixes expect.</summary>
    public static ImmutableArray<MetadataReference> References { get; } = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(IsFrameworkOrRuntimeDependency)
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .Append(TestReferences.DevCredRuntime)
        .ToImmutableArray();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static Project CreateProject(
        string name,
        IEnumerable<GuardFile> sources,
        IEnumerable<GuardFile>? additionalFiles = null,
        string? editorConfig = null)
    {
        var workspace = new AdhocWorkspace(MefHostServices.DefaultHost);
        ProjectId projectId = ProjectId.CreateNewId(name);
        var info = ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            name,
            name,
            LanguageNames.CSharp,
            filePath: Root(name) + name + ".csproj",
            compilationOptions: new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true),
            parseOptions: ParseOptions,
            metadataReferences: References);
        Solution solution = workspace.CurrentSolution.AddProject(info);

        foreach (GuardFile source in sources)
        {
            solution = solution.AddDocument(
                DocumentId.CreateNewId(projectId),
                System.IO.Path.GetFileName(source.Path),
                SourceText.From(source.Text),
                filePath: Root(name) + source.Path);
        }

        foreach (GuardFile file in additionalFiles ?? Enumerable.Empty<GuardFile>())
        {
            solution = solution.AddAdditionalDocument(
                DocumentId.CreateNewId(projectId),
                System.IO.Path.GetFileName(file.Path),
                SourceText.From(file.Text),
                filePath: Root(name) + file.Path);
        }

        if (editorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId),
                ".editorconfig",
                SourceText.From(editorConfig),
                filePath: Root(name) + ".editorconfig");
        }

        return solution.GetProject(projectId)!;
    }

    /// <summary>Files sit under one folder per project, so that the project's .editorconfig applies to them.</summary>
    private static string Root(string name) => "/guard/" + name + "/";

    private static bool IsFrameworkOrRuntimeDependency(string path)
    {
        string file = Path.GetFileName(path);
        return file.StartsWith("System.", StringComparison.Ordinal)
            || file is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll"
            || file.StartsWith("Microsoft.Extensions.Logging.Abstractions", StringComparison.Ordinal)
            || file.StartsWith("Microsoft.Extensions.DependencyInjection.Abstractions", StringComparison.Ordinal);
    }
}
