using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using DevCred.Analyzers.Tests.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DevCred.Analyzers.Tests.Robustness;

/// <summary>
/// The inputs of the guard tests, all read from the repository at run time: the samples, every source and
/// configuration text embedded in the analyzer tests, the labelled corpus, and the SDK stand-ins.
/// </summary>
internal static class GuardInputs
{
    private static readonly Regex Markup = new(@"\{\|[^:|{}\r\n]*:|\|\}|\[\||\|\]", RegexOptions.Compiled);

    private static readonly string[] CodeWords = { "class ", "namespace ", "using ", "record ", "struct ", "interface ", "void " };

    private static readonly string[] SnippetWrappers =
    {
        "using System; using System.Collections.Generic; using System.Text;\nclass Snippet\n{\n    void Run(string endpoint, string accessKeyId, string ak, string ts, string value)\n    {\n{0}\n    }\n}\n",
        "using System; using System.Collections.Generic; using System.Text;\nclass Snippet\n{\n{0}\n}\n",
        "using System; using System.Reflection;\n{0}\n",
        "using System;\nclass Snippet\n{\n    bool Run(string value)\n    {\n        switch (value)\n        {\n{0}\n        }\n        return false;\n    }\n}\n",
    };

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    private static readonly Lazy<(ImmutableArray<GuardFile> Code, ImmutableArray<GuardFile> Config)> EmbeddedTexts = new(ReadEmbeddedTexts);

    public static string RepositoryRoot => Root.Value;

    /// <summary>samples/**/*.cs, the code a user of the package writes.</summary>
    public static ImmutableArray<GuardFile> Samples()
        => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new GuardFile(Path.GetRelativePath(RepositoryRoot, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToImmutableArray();

    /// <summary>
    /// Each sample project (a folder with a .csproj) with the sources of the projects it references, as it is built;
    /// library projects that only serve others are included through the samples that reference them.
    /// </summary>
    public static ImmutableArray<(string Name, ImmutableArray<GuardFile> Files)> SampleProjects()
    {
        ImmutableArray<GuardFile> samples = Samples();
        var projects = new List<(string, ImmutableArray<GuardFile>)>();
        foreach (string csproj in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "samples"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p))
            .OrderBy(p => p, StringComparer.Ordinal))
        {
            string[] referenced = Regex.Matches(File.ReadAllText(csproj), "ProjectReference Include=\"([^\"]+)\"")
                .Select(m => Path.GetDirectoryName(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(csproj)!, m.Groups[1].Value.Replace('\\', '/'))))!)
                .ToArray();
            if (referenced.Length == 0 && IsReferencedByAnother(csproj))
            {
                continue;
            }

            string[] folders = referenced.Prepend(Path.GetDirectoryName(csproj)!).ToArray();
            ImmutableArray<GuardFile> files = samples
                .Where(s => folders.Any(f => Path.GetFullPath(Path.Combine(RepositoryRoot, s.Path)).StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                .ToImmutableArray();
            projects.Add((Path.GetFileNameWithoutExtension(csproj), files));
        }

        return projects.ToImmutableArray();
    }

    /// <summary>Every C# source embedded in the analyzer and fix tests, with the test markup removed.</summary>
    public static ImmutableArray<GuardFile> TestSources() => EmbeddedTexts.Value.Code;

    /// <summary>Every configuration text embedded in the tests, named so that DEVCRED007 reads it.</summary>
    public static ImmutableArray<GuardFile> TestConfigFiles() => EmbeddedTexts.Value.Config;

    /// <summary>Each snippet of the labelled corpus, placed where it parses (a statement, a member or a file).</summary>
    public static ImmutableArray<GuardFile> CorpusSnippets()
        => CredentialCase.Load()
            .Select(c => new GuardFile(
                "Corpus/" + c.Id + ".cs",
                SnippetWrappers
                    .Select(w => w.Replace("{0}", c.Snippet))
                    .FirstOrDefault(text => !CSharpSyntaxTree.ParseText(text, GuardWorkspace.ParseOptions).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
                    ?? SnippetWrappers[0].Replace("{0}", c.Snippet)))
            .ToImmutableArray();

    /// <summary>
    /// The SDK stand-in sources of the tests (every <c>const string</c> of the StandIns namespace), kept only when
    /// they compile together, so that fixed code can be checked against them.
    /// </summary>
    public static ImmutableArray<GuardFile> StandIns()
    {
        var chosen = new List<GuardFile>();
        foreach (FieldInfo field in typeof(GuardInputs).Assembly.GetTypes()
            .Where(t => t.Namespace == "DevCred.Analyzers.Tests.StandIns")
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)))
        {
            var candidate = new GuardFile($"StandIns/{field.DeclaringType!.Name}.{field.Name}.cs", (string)field.GetRawConstantValue()!);
            if (!HasErrors(chosen.Append(candidate)))
            {
                chosen.Add(candidate);
            }
        }

        return chosen.ToImmutableArray();
    }

    public static bool HasErrors(IEnumerable<GuardFile> sources)
        => CSharpCompilation.Create(
                "Check",
                sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GuardWorkspace.ParseOptions, s.Path)),
                GuardWorkspace.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .GetDiagnostics()
            .Any(d => d.Severity == DiagnosticSeverity.Error);

    public static string StripMarkup(string text) => Markup.Replace(text, string.Empty);

    private static (ImmutableArray<GuardFile>, ImmutableArray<GuardFile>) ReadEmbeddedTexts()
    {
        var code = new List<GuardFile>();
        var config = new List<GuardFile>();
        string tests = Path.Combine(RepositoryRoot, "tests", "DevCred.Analyzers.Tests");
        foreach (string path in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p) && !p.Contains(Path.DirectorySeparatorChar + "Robustness" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !p.Contains(Path.DirectorySeparatorChar + "StandIns" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal))
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(File.ReadAllText(path), GuardWorkspace.ParseOptions).GetRoot();
            int index = 0;
            foreach (SyntaxToken token in root.DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
                    && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                {
                    continue;
                }

                string text = StripMarkup(token.ValueText);
                string name = Path.GetFileNameWithoutExtension(path) + "." + index++;
                if (text.Length >= 20 && CodeWords.Any(w => text.Contains(w, StringComparison.Ordinal)) && text.Contains(';', StringComparison.Ordinal))
                {
                    code.Add(new GuardFile("Tests/" + name + ".cs", text));
                }
                else if (ConfigFileName(text) is { } configName)
                {
                    config.Add(new GuardFile("Config/" + name + "/" + configName, text));
                }
            }
        }

        return (code.ToImmutableArray(), config.ToImmutableArray());
    }

    /// <summary>A file name DEVCRED007 reads, guessed from the text's first character or its lines.</summary>
    private static string? ConfigFileName(string text)
    {
        string trimmed = text.TrimStart();
        if (trimmed.Length < 10)
        {
            return null;
        }

        return trimmed[0] switch
        {
            '{' => "appsettings.json",
            '<' => "web.config",
            _ when trimmed.Contains('\n', StringComparison.Ordinal) && trimmed.Contains('=', StringComparison.Ordinal) => ".env",
            _ when trimmed.Contains('\n', StringComparison.Ordinal) && trimmed.Contains(':', StringComparison.Ordinal) => "config.yaml",
            _ => null,
        };
    }

    /// <summary>True when another sample project references the project <paramref name="csproj"/>.</summary>
    private static bool IsReferencedByAnother(string csproj)
        => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "samples"), "*.csproj", SearchOption.AllDirectories)
            .Any(other => other != csproj && File.ReadAllText(other).Contains(Path.GetFileName(csproj), StringComparison.Ordinal));

    private static bool IsBuildOutput(string path)
    {
        string separator = Path.DirectorySeparatorChar.ToString();
        return path.Contains(separator + "bin" + separator, StringComparison.Ordinal)
            || path.Contains(separator + "obj" + separator, StringComparison.Ordinal);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DevCred.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The guard tests read the samples and test sources from the repository: no DevCred.Analyzers.sln above " + AppContext.BaseDirectory);
    }
}
