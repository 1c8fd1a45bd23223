using System;

namespace DevCred.Analyzers.Text;

/// <summary>
/// STS credentials: the AccessKey ID "STS." + 25 characters, the 44-character AccessKey secret, and the
/// security token, base64 of a protobuf message that always starts "CAIS" (field 1 = 2, then field 2).
/// </summary>
internal static class StsShapes
{
    public const string IdPrefix = "STS.";
    public const int IdBodyLength = 25;
    public const int SecretLength = 44;
    public const string TokenPrefix = "CAIS";

    /// <summary>Public tokens are 490 to 700 characters; 100 leaves room while ruling out short blobs.</summary>
    public const int MinimumTokenLength = 100;

    public static bool MayContainId(string text)
        => text.Length >= IdPrefix.Length + IdBodyLength && text.IndexOf(IdPrefix, StringComparison.Ordinal) >= 0;

    public static bool MayContainToken(string text)
        => text.Length >= MinimumTokenLength && text.IndexOf(TokenPrefix, StringComparison.Ordinal) >= 0;

    public static int FindNextId(string text, int startIndex, out int length)
    {
        int index = startIndex;
        while (index <= text.Length - IdPrefix.Length - IdBodyLength
            && (index = text.IndexOf(IdPrefix, index, StringComparison.Ordinal)) >= 0)
        {
            int bodyStart = index + IdPrefix.Length;
            int end = bodyStart;
            while (end < text.Length && CharClass.IsBase62(text[end]))
            {
                end++;
            }

            if (end - bodyStart == IdBodyLength
                && (index == 0 || !CharClass.IsBase62(text[index - 1]))
                && IsRandomLooking(text, bodyStart, IdBodyLength))
            {
                length = end - index;
                return index;
            }

            index = Math.Max(end, index + 1);
        }

        length = 0;
        return -1;
    }

    public static bool IsSecret(string text)
    {
        if (text.Length != SecretLength)
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

        return IsRandomLooking(text, 0, SecretLength);
    }

    public static int FindNextToken(string text, int startIndex, out int length)
    {
        int index = startIndex;
        while (index <= text.Length - MinimumTokenLength
            && (index = text.IndexOf(TokenPrefix, index, StringComparison.Ordinal)) >= 0)
        {
            int end = index;
            while (end < text.Length && IsBase64(text[end]))
            {
                end++;
            }

            int padded = end;
            while (padded < text.Length && padded - end < 2 && text[padded] == '=')
            {
                padded++;
            }

            bool glued = index > 0 && (IsBase64(text[index - 1]) || text[index - 1] == '=');
            if (!glued && padded - index >= MinimumTokenLength && SecurityTokenStructure.IsValid(text, index, end - index))
            {
                length = padded - index;
                return index;
            }

            index = Math.Max(padded, index + 1);
        }

        length = 0;
        return -1;
    }

    private static bool IsBase64(char c) => CharClass.IsBase62(c) || c is '+' or '/';

    private static bool IsRandomLooking(string text, int start, int length)
    {
        PlaceholderShape.CountLetters(text, start, length, out bool hasUpper, out bool hasLower, out _);
        return hasUpper
            && hasLower
            && !PlaceholderShape.LooksLikePlaceholder(text, start, length)
            && !PlaceholderShape.LooksLikeIdentifier(text, start, length);
    }
}
