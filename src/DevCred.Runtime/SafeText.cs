using System;
using System.Text;

namespace DevCred.Runtime;

/// <summary>Makes values that are not secret but come from outside (Code, Message, Expiration, key names) safe to quote.</summary>
internal static class SafeText
{
    public const int DefaultMaxLength = 120;

    public static string Quote(string? value, int maxLength = DefaultMaxLength)
        => value is null ? "(none)" : "'" + Clean(value, maxLength) + "'";

    public static string Clean(string value, int maxLength = DefaultMaxLength)
    {
        var text = new StringBuilder(Math.Min(value.Length, maxLength) + 1);
        foreach (char c in value)
        {
            if (text.Length == maxLength)
            {
                return text.Append('…').ToString();
            }

            text.Append(char.IsControl(c) ? '?' : c);
        }

        return text.ToString();
    }
}
