using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace DevCred.Analyzers.Tests.Corpus;

/// <summary>One labelled row of shared/corpus/credential-cases.tsv.</summary>
public sealed record CredentialCase(string Id, string Label, string Kind, string Snippet, string Note)
{
    public static IReadOnlyList<CredentialCase> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Corpus", "credential-cases.tsv");
        var cases = new List<CredentialCase>();
        string[] lines = File.ReadAllLines(path);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            string[] fields = lines[i].Split('\t');
            cases.Add(new CredentialCase(fields[0], fields[1], fields[2], Unquote(fields[3]), fields[5]));
        }

        return cases;
    }

    public override string ToString() => Id;

    /// <summary>Fields that hold a quote are wrapped in quotes with inner quotes doubled (CSV style).</summary>
    private static string Unquote(string field)
    {
        if (field.Length < 2 || field[0] != '"' || field[field.Length - 1] != '"')
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (int i = 1; i < field.Length - 1; i++)
        {
            text.Append(field[i]);
            if (field[i] == '"' && field[i + 1] == '"')
            {
                i++;
            }
        }

        return text.ToString();
    }
}
