using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;

namespace DevCred.Analyzers.Benchmarks;

/// <summary>One compilation's worth of source: a real project of the repository, or the generated project.</summary>
internal sealed record CorpusProject(string Name, bool Generated, ImmutableArray<(string Path, string Text)> Files)
{
    public int Lines => Files.Sum(f => f.Text.Count(c => c == '\n'));
}

/// <summary>
/// The corpus: the repository's own sources and samples (real code, one compilation per project folder) and a
/// generated project of files dense in string literals, with a few credentials sprinkled in. Made in memory,
/// from a fixed seed, so every run measures the same text.
/// </summary>
internal static class Corpus
{
    /// <summary>One generated file in this many holds a hardcoded AccessKey pair and a password.</summary>
    public const int CredentialEvery = 97;

    private const string Base62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Hex = "0123456789abcdef";

    public static ImmutableArray<CorpusProject> Create(string repositoryRoot, int generatedFiles, int seed)
    {
        var projects = new List<CorpusProject>();
        string[] csprojs = new[] { "src", "samples" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(repositoryRoot, d), "*.csproj", SearchOption.AllDirectories))
            .Where(p => !IsBuildOutput(p) && SourcesOf(Path.GetDirectoryName(p)!).Any())
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
        foreach (string csproj in csprojs)
        {
            // A project that others reference is compiled inside them, as its sources, not on its own.
            string[] referenced = ReferencedFolders(csproj);
            if (referenced.Length == 0 && csprojs.Any(other => other != csproj && ReferencedFolders(other).Contains(Path.GetDirectoryName(csproj)!)))
            {
                continue;
            }

            var files = referenced
                .Where(folder => !folder.EndsWith("DevCred.Runtime", StringComparison.Ordinal))
                .Prepend(Path.GetDirectoryName(csproj)!)
                .SelectMany(SourcesOf)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (Path.GetRelativePath(repositoryRoot, p), File.ReadAllText(p)))
                .ToImmutableArray();
            if (files.Length > 0)
            {
                projects.Add(new CorpusProject(Path.GetFileNameWithoutExtension(csproj), false, files));
            }
        }

        var random = new Random(seed);
        projects.Add(new CorpusProject(
            "generated",
            true,
            Enumerable.Range(0, generatedFiles).Select(i => ($"Generated/Resources{i:D4}.cs", GeneratedFile(i, random))).ToImmutableArray()));
        return projects.ToImmutableArray();
    }

    /// <summary>
    /// Resource tables, messages, URLs, SQL, GUIDs, digests, base64, dictionaries, switch labels, interpolations,
    /// concatenations and char arrays, with ordinary methods between them so that binding costs what it does in real code.
    /// </summary>
    private static string GeneratedFile(int index, Random random)
    {
        var text = new StringBuilder();
        // No generated-code header: SonarAnalyzer skips generated code by default, which would make the comparison unfair.
        text.AppendLine("using System;");
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using System.Linq;");
        text.AppendLine();
        text.AppendLine($"namespace Generated.Group{index % 40};");
        text.AppendLine();
        text.AppendLine("/// <summary>Strings of one generated resource table.</summary>");
        text.AppendLine($"public static partial class Resources{index:D4}");
        text.AppendLine("{");
        int members = 14 + random.Next(8);
        for (int m = 0; m < members; m++)
        {
            text.Append("    ").AppendLine(Member(random, index, m));
        }

        if (index % CredentialEvery == 0)
        {
            text.AppendLine($"    private const string AccessKeyId = \"LTAI5t{Run(random, Base62, 18)}\";");
            text.AppendLine($"    private const string AccessKeySecret = \"{Run(random, Base62, 30)}\";");
            text.AppendLine($"    public static string ConnectionString => \"Server=db{index};User Id=admin;Password=Pw{Run(random, Base62, 12)}\";");
            text.AppendLine($"    private static readonly string password = \"Pw{Run(random, Base62, 14)}\";");
            text.AppendLine($"    private static readonly string secret = \"{Run(random, Base62, 40)}\";");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static string Member(Random random, int file, int m)
    {
        switch (random.Next(14))
        {
            case 0:
                return $"public const string Key{m} = \"Resources.Group{file % 40}.Key{m}\";";
            case 1:
                return $"public static readonly string Url{m} = \"https://oss-cn-{Pick(random, "hangzhou", "shanghai", "beijing")}.aliyuncs.com/bucket-{file}/object-{m}.json\";";
            case 2:
                return $"public static string Message{m}(string name, int count) => $\"Hello {{name}}, you have {{count}} new messages in folder {m}\";";
            case 3:
                return $"public static readonly Dictionary<string, string> Map{m} = new() {{ [\"Region\"] = \"cn-hangzhou\", [\"Endpoint\"] = \"ecs.aliyuncs.com\", [\"Name{m}\"] = \"value-{file}-{m}\", [\"ContentType\"] = \"application/json\" }};";
            case 4:
                return $"public const string Sql{m} = \"SELECT id, name, created FROM table_{file} WHERE created > @since AND owner = @owner ORDER BY id\";";
            case 5:
                return $"public const string Id{m} = \"{Guid(random)}\";";
            case 6:
                return $"public const string Digest{m} = \"{Run(random, Hex, 64)}\";";
            case 7:
                return $"public const string Payload{m} = \"{Convert.ToBase64String(Bytes(random, 12 + random.Next(40)))}\";";
            case 8:
                return $"public static string Joined{m} = \"prefix-\" + \"{Run(random, Base62, 8)}\" + \"-suffix-{m}\";";
            case 9:
                return $"public static string Kind{m}(string value) {{ switch (value) {{ case \"alpha\": return \"A\"; case \"beta\": return \"B\"; case \"gamma-{m}\": return \"C\"; default: return string.Empty; }} }}";
            case 10:
                return $"[Obsolete(\"Use Message{m} instead; see docs/resources-{file}.md\")] public static int Sum{m}(int[] values) {{ int total = 0; foreach (int v in values) {{ if (v > {m}) {{ total += v; }} }} return total; }}";
            case 11:
                return $"public static IEnumerable<string> Names{m}(IEnumerable<string> items) => items.Where(i => i.StartsWith(\"item-\", StringComparison.Ordinal)).Select(i => i.ToUpperInvariant() + \"-{m}\");";
            case 12:
                // Thirty letters and digits: the length of an AccessKey secret, so the prefilter lets it through to the context check.
                return $"public static readonly string Checksum{m} = \"{Run(random, Base62, 30)}\";";
            default:
                return $"public static readonly char[] Separators{m} = new[] {{ ',', ';', ':', '|', ' ', '\\t' }};";
        }
    }

    /// <summary>The folders of the projects a .csproj references (DevCred.Runtime is referenced as an assembly instead).</summary>
    private static string[] ReferencedFolders(string csproj)
        => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(csproj), "ProjectReference Include=\"([^\"]+)\"")
            .Select(m => Path.GetDirectoryName(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(csproj)!, m.Groups[1].Value.Replace('\\', '/'))))!)
            .ToArray();

    private static IEnumerable<string> SourcesOf(string folder)
        => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(p => !IsBuildOutput(p));

    private static bool IsBuildOutput(string path)
        => path.Contains("/bin/", StringComparison.Ordinal) || path.Contains("/obj/", StringComparison.Ordinal);

    private static string Pick(Random random, params string[] values) => values[random.Next(values.Length)];

    private static string Run(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Guid(Random random) => new Guid(Bytes(random, 16)).ToString().ToUpperInvariant();

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
