namespace DevCred.Analyzers.Text;

internal static class CharClass
{
    public static bool IsBase62(char c) => IsAsciiDigit(c) || IsAsciiUpper(c) || IsAsciiLower(c);

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsAsciiUpper(char c) => c is >= 'A' and <= 'Z';

    public static bool IsAsciiLower(char c) => c is >= 'a' and <= 'z';

    /// <summary>Characters that, on both sides of a candidate, mean it sits inside a base64 blob.</summary>
    public static bool IsBase64Punctuation(char c) => c is '+' or '/' or '=';
}
