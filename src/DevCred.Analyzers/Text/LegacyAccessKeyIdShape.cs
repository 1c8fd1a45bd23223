using System;

namespace DevCred.Analyzers.Text;

/// <summary>
/// AccessKey IDs that only context can confirm: the legacy 16-character ID without prefix, and "LTAI" with a
/// body length no public source shows (the SDKs accept up to 64 characters).
/// </summary>
internal static class LegacyAccessKeyIdShape
{
    public const int LegacyLength = 16;
    private const int MaxLength = 30;

    public static bool MayMatch(string text)
        => text.Length == LegacyLength || (text.Length > LegacyLength && text.Length <= MaxLength && text.StartsWith(AccessKeyIdShape.Prefix, StringComparison.Ordinal));

    public static bool Matches(string text)
    {
        if (!MayMatch(text))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!CharClass.IsBase62(c))
            {
                return false;
            }
        }

        int bodyStart = text.StartsWith(AccessKeyIdShape.Prefix, StringComparison.Ordinal) ? AccessKeyIdShape.Prefix.Length : 0;
        int bodyLength = text.Length - bodyStart;
        PlaceholderShape.CountLetters(text, bodyStart, bodyLength, out bool hasUpper, out bool hasLower, out bool hasDigit);
        return ((hasUpper && hasLower) || ((hasUpper || hasLower) && hasDigit))
            && !PlaceholderShape.LooksLikePlaceholder(text, bodyStart, bodyLength)
            && !PlaceholderShape.LooksLikeIdentifier(text, bodyStart, bodyLength);
    }
}
