using System;
using Microsoft.CodeAnalysis.Text;

namespace DevCred.Analyzers.Text;

/// <summary>
/// Structural tests that tell a random base62 value from a mask, a filler or an identifier.
/// Deliberately no entropy gate and no word list: a 4.2-bit gate drops 3 % of real 30-character
/// secrets and 35 % of 24-character IDs, and word lists drop random keys that contain a word.
/// </summary>
internal static class PlaceholderShape
{
    // Four equal characters in a row occur in a random 20-character base62 body with p ~ 7e-5.
    private const int MaxRepeat = 3;

    // Five ascending or descending characters in a row (abcde, 12345) occur with p ~ 1e-7.
    private const int MaxSequence = 4;

    public static bool LooksLikePlaceholder(string text, int start, int length)
    {
        int repeat = 1;
        int ascending = 1;
        int descending = 1;
        for (int i = start + 1; i < start + length; i++)
        {
            char previous = text[i - 1];
            char current = text[i];
            repeat = current == previous ? repeat + 1 : 1;
            ascending = current == previous + 1 && SameClass(previous, current) ? ascending + 1 : 1;
            descending = current == previous - 1 && SameClass(previous, current) ? descending + 1 : 1;
            if (repeat > MaxRepeat || ascending > MaxSequence || descending > MaxSequence)
            {
                return true;
            }
        }

        return ContainsIgnoreCase(text, start, length, "EXAMPLE")
            || ContainsIgnoreCase(text, start, length, "XXXX")
            || ContainsIgnoreCase(text, start, length, "YOUR");
    }

    /// <summary>
    /// True when every upper-case letter starts a word of at least three letters and digits only
    /// trail: "AccessKeySecretForUnitTests123". A random base62 string has this shape with p below 1e-6.
    /// </summary>
    public static bool LooksLikeIdentifier(string text, int start, int length)
        => LooksLikeIdentifier(new StringChars(text), start, length);

    /// <summary>The same test on a run of a source file, read in place.</summary>
    public static bool LooksLikeIdentifier(SourceText text, int start, int length)
        => LooksLikeIdentifier(new SourceTextChars(text), start, length);

    private static bool LooksLikeIdentifier<TChars>(TChars text, int start, int length)
        where TChars : struct, IChars
    {
        int end = start + length;
        int digitsFrom = end;
        while (digitsFrom > start && CharClass.IsAsciiDigit(text[digitsFrom - 1]))
        {
            digitsFrom--;
        }

        for (int i = start; i < digitsFrom; i++)
        {
            char c = text[i];
            if (CharClass.IsAsciiDigit(c))
            {
                return false;
            }

            if (CharClass.IsAsciiUpper(c)
                && (i + 2 >= digitsFrom || !CharClass.IsAsciiLower(text[i + 1]) || !CharClass.IsAsciiLower(text[i + 2])))
            {
                return false;
            }
        }

        return digitsFrom > start;
    }

    public static void CountLetters(string text, int start, int length, out bool hasUpper, out bool hasLower, out bool hasDigit)
    {
        hasUpper = hasLower = hasDigit = false;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            hasUpper |= CharClass.IsAsciiUpper(c);
            hasLower |= CharClass.IsAsciiLower(c);
            hasDigit |= CharClass.IsAsciiDigit(c);
        }
    }

    private static bool SameClass(char a, char b)
        => (CharClass.IsAsciiDigit(a) && CharClass.IsAsciiDigit(b))
        || (CharClass.IsAsciiUpper(a) && CharClass.IsAsciiUpper(b))
        || (CharClass.IsAsciiLower(a) && CharClass.IsAsciiLower(b));

    private static bool ContainsIgnoreCase(string text, int start, int length, string marker)
    {
        if (length < marker.Length)
        {
            return false;
        }

        return text.IndexOf(marker, start, length, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>Indexed characters; a struct type argument lets the JIT read strings and source texts directly.</summary>
    private interface IChars
    {
        char this[int index] { get; }
    }

    private readonly struct StringChars : IChars
    {
        private readonly string _text;

        public StringChars(string text) => _text = text;

        public char this[int index] => _text[index];
    }

    private readonly struct SourceTextChars : IChars
    {
        private readonly SourceText _text;

        public SourceTextChars(SourceText text) => _text = text;

        public char this[int index] => _text[index];
    }
}
