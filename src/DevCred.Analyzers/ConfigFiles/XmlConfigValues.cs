using System.Collections.Generic;

namespace DevCred.Analyzers.ConfigFiles;

/// <summary>
/// The attribute values of .config files: every attribute is a value named after its attribute, and
/// <c>&lt;add key="Name" value="…"/&gt;</c> names the value after its key. One group per element.
/// </summary>
internal static class XmlConfigValues
{
    public static List<ConfigValue> Read(string text)
    {
        var values = new List<ConfigValue>();
        int group = 0;
        int index = 0;
        while ((index = text.IndexOf('<', index)) >= 0)
        {
            int end = text.IndexOf('>', index);
            if (end < 0)
            {
                break;
            }

            ReadElement(text, index, end, group++, values);
            index = end + 1;
        }

        return values;
    }

    private static void ReadElement(string text, int start, int end, int group, List<ConfigValue> values)
    {
        string? key = null;
        var attributes = new List<ConfigValue>();
        int i = start + 1;
        while (i < end)
        {
            int equals = text.IndexOf('=', i, end - i);
            if (equals < 0 || equals + 1 >= end || text[equals + 1] is not ('"' or '\''))
            {
                break;
            }

            int nameStart = equals;
            while (nameStart > i && !char.IsWhiteSpace(text[nameStart - 1]))
            {
                nameStart--;
            }

            char quote = text[equals + 1];
            int valueEnd = text.IndexOf(quote, equals + 2);
            if (valueEnd < 0 || valueEnd > end)
            {
                break;
            }

            string name = text.Substring(nameStart, equals - nameStart);
            string value = Unescape(text.Substring(equals + 2, valueEnd - equals - 2));
            if (name == "key")
            {
                key = value;
            }

            attributes.Add(new ConfigValue(name, value, equals + 2, valueEnd - equals - 2, group));
            i = valueEnd + 1;
        }

        foreach (ConfigValue attribute in attributes)
        {
            string name = attribute.Name == "value" && key is not null ? key : attribute.Name;
            values.Add(new ConfigValue(name, attribute.Text, attribute.RawStart, attribute.RawLength, group));
        }
    }

    private static string Unescape(string raw)
        => raw.IndexOf('&') < 0
            ? raw
            : raw.Replace("&quot;", "\"").Replace("&apos;", "'").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
}
