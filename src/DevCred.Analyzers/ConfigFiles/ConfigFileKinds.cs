using System;
using System.IO;

namespace DevCred.Analyzers.ConfigFiles;

internal enum ConfigFileKind
{
    None,
    Json,
    Xml,
    Lines,
}

/// <summary>Which AdditionalFiles DEVCRED007 reads, by file name.</summary>
internal static class ConfigFileKinds
{
    public static ConfigFileKind Classify(string path)
    {
        string name = Path.GetFileName(path);
        string extension = Path.GetExtension(name);
        if (name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && extension.Equals(".json", StringComparison.OrdinalIgnoreCase)))
        {
            return ConfigFileKind.Json;
        }

        if (extension.Equals(".config", StringComparison.OrdinalIgnoreCase))
        {
            return ConfigFileKind.Xml;
        }

        if (name.Equals(".env", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".ini", StringComparison.OrdinalIgnoreCase))
        {
            return ConfigFileKind.Lines;
        }

        return ConfigFileKind.None;
    }

    /// <summary>
    /// For a file the project listed as configuration whatever its name (<c>DevCredConfigurationFile</c> items): JSON when it
    /// starts with { or [, XML when it starts with &lt;, key=value lines otherwise.
    /// </summary>
    public static ConfigFileKind FromContent(string text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                continue;
            }

            return c switch
            {
                '{' or '[' => ConfigFileKind.Json,
                '<' => ConfigFileKind.Xml,
                _ => ConfigFileKind.Lines,
            };
        }

        return ConfigFileKind.Lines;
    }
}
