using System;

namespace DevCred.Analyzers.Text;

/// <summary>Finds long-term AccessKey IDs: "LTAI" followed by a 12- or 20-character base62 body.</summary>
internal static class AccessKeyIdShape
{
    public const string Prefix = "LTAI";

    /// <summary>The shortest text that can hold an ID ("LTAI" + 12).</summary>
    public const int MinimumLength = 16;

    /// <summary>Cheap test, no allocation: can <paramref name="text"/> hold an ID at all?</summary>
    public static bool MayContain(string text)
        => text.Length >= MinimumLength && text.IndexOf(Prefix, StringComparison.Ordinal) >= 0;

    /// <summary>Finds the next ID at or after <paramref name="startIndex"/>; returns its index or -1.</summary>
    public static int FindNext(string text, int startIndex, out int length)
    {
        int index = startIndex;
        while (index <= text.Length - MinimumLength
            && (index = text.IndexOf(Prefix, index, StringComparison.Ordinal)) >= 0)
        {
            int bodyStart = index + Prefix.Length;
            int end = bodyStart;
            while (end < text.Length && CharClass.IsBase62(text[end]))
            {
                end++;
            }

            int bodyLength = end - bodyStart;
            if ((bodyLength == 12 || bodyLength == 20)
                && !IsGlued(text, index, end)
                && IsPlausibleBody(text, bodyStart, bodyLength))
            {
                length = end - index;
                return index;
            }

            index = Math.Max(end, index + 1);
        }

        length = 0;
        return -1;
    }

    private static bool IsGlued(string text, int start, int end)
    {
        if (start == 0)
        {
            return false;
        }

        char before = text[start - 1];
        if (CharClass.IsBase62(before))
        {
            return true;
        }

        // "…/LTAI…+…" sits inside base64 (hashes, tokens), not next to a separator a human typed.
        return CharClass.IsBase64Punctuation(before) && end < text.Length && CharClass.IsBase64Punctuation(text[end]);
    }

    private static bool IsPlausibleBody(string text, int start, int length)
    {
        PlaceholderShape.CountLetters(text, start, length, out bool hasUpper, out bool hasLower, out bool hasDigit);

        // A random 20-character body lacks a lower-case (or an upper-case) letter with p ~ 2e-5;
        // the shorter legacy body is held to "mixed case or letters with digits".
        bool mixed = length == 20
            ? hasUpper && hasLower
            : (hasUpper && hasLower) || ((hasUpper || hasLower) && hasDigit);

        return mixed
            && !PlaceholderShape.LooksLikePlaceholder(text, start, length)
            && !PlaceholderShape.LooksLikeIdentifier(text, start, length);
    }
}
