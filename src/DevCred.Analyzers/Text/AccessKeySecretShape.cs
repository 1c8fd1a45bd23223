namespace DevCred.Analyzers.Text;

/// <summary>A long-term AccessKey secret: exactly 30 base62 characters.</summary>
internal static class AccessKeySecretShape
{
    public const int Length = 30;

    public static bool Matches(string text)
    {
        if (text.Length != Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (!CharClass.IsBase62(text[i]))
            {
                return false;
            }
        }

        // Lacking either letter case has p ~ 1e-7 for a random secret; it rules out hex digests and words.
        PlaceholderShape.CountLetters(text, 0, Length, out bool hasUpper, out bool hasLower, out _);
        return hasUpper
            && hasLower
            && !PlaceholderShape.LooksLikePlaceholder(text, 0, Length)
            && !PlaceholderShape.LooksLikeIdentifier(text, 0, Length);
    }
}
