using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace DevCred.Package.Tests;

/// <summary>
/// The table of severities per analysis mode in docs/build-integration.md: what the package tests hold the
/// shipped .globalconfig files and the analyzers' default severities to.
/// </summary>
internal static class SeverityTable
{
    public static readonly string[] Modes = ["Default", "Strict", "Relaxed", "None"];

    private static readonly Regex Row = new(
        @"^\|\s*\[?(?<id>DEVCRED\d{3})\]?[^|]*\|(?<cells>(?:[^|]*\|){4})\s*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static string DocumentPath { get; } = Path.Combine(TestEnvironment.RepositoryRoot, "docs", "build-integration.md");

    /// <summary>Rule ID to mode to severity (<c>error</c>, <c>warning</c>, <c>suggestion</c>, <c>none</c>).</summary>
    public static Dictionary<string, Dictionary<string, string>> Read()
    {
        var table = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (Match match in Row.Matches(File.ReadAllText(DocumentPath)))
        {
            string[] cells = match.Groups["cells"].Value.Split('|', StringSplitOptions.None)
                .Take(4)
                .Select(cell => cell.Trim())
                .ToArray();
            table.Add(match.Groups["id"].Value, Modes.Zip(cells).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal));
        }

        return table;
    }

    /// <summary>The <c>dotnet_diagnostic.ID.severity</c> lines of a global config, and its other top-level keys.</summary>
    public static (Dictionary<string, string> Severities, Dictionary<string, string> Keys) ParseGlobalConfig(string text)
    {
        var severities = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string rawLine in text.Split('\n'))
        {
            string line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                throw new InvalidOperationException($"A mode's global config should have no sections: {line}");
            }

            int equals = line.IndexOf('=');
            string key = line[..equals].Trim();
            string value = line[(equals + 1)..].Trim();
            Match rule = Regex.Match(key, @"^dotnet_diagnostic\.(DEVCRED\d{3})\.severity$");
            if (rule.Success)
            {
                severities.Add(rule.Groups[1].Value, value);
            }
            else
            {
                keys.Add(key, value);
            }
        }

        return (severities, keys);
    }
}
