using System.Collections.Generic;

namespace DevCred.Analyzers.ConfigFiles;

/// <summary>
/// <c>NAME=value</c> and <c>name: value</c> lines of .env, .ini and YAML files, quotes removed. One group per
/// ini section or YAML block at column 0, so an ID and its secret under one heading count as a pair.
/// </summary>
internal static class LineValues
{
    public static List<ConfigValue> Read(string text)
    {
        var values = new List<ConfigValue>();
        int group = 0;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            ReadLine(text, lineStart, lineEnd, ref group, values);
            lineStart = lineEnd + 1;
        }

        return values;
    }

    private static void ReadLine(string text, int start, int end, ref int group, List<ConfigValue> values)
    {
        int i = start;
        while (i < end && text[i] is ' ' or '\t' or '-')
        {
            i++;
        }

        if (i >= end || text[i] is '#' or ';')
        {
            return;
        }

        if (text[i] == '[' || (i == start && text.IndexOf(':', i, end - i) == TrimEnd(text, start, end) - 1))
        {
            group++;
            return;
        }

        if (text.Substring(i, System.Math.Min(7, end - i)) == "export ")
        {
            i += 7;
        }

        int nameStart = i;
        while (i < end && text[i] is not ('=' or ':'))
        {
            i++;
        }

        if (i >= end || i == nameStart)
        {
            return;
        }

        string name = text.Substring(nameStart, i - nameStart).Trim();
        i++;
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        int valueEnd = TrimEnd(text, i, end);
        if (valueEnd - i >= 2 && text[i] is '"' or '\'' && text[valueEnd - 1] == text[i])
        {
            i++;
            valueEnd--;
        }

        if (valueEnd > i)
        {
            values.Add(new ConfigValue(name, text.Substring(i, valueEnd - i), i, valueEnd - i, group));
        }
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
