namespace DevCred.Analyzers.Text;

/// <summary>Masks values for diagnostic messages, which end up in CI logs and SARIF files.</summary>
internal static class Masking
{
    private const string Stars = "***";

    /// <summary>A known public prefix ("LTAI", "STS.", "CAIS") or nothing, then the last three characters.</summary>
    public static string Mask(string text, int start, int length, int visiblePrefix)
        => text.Substring(start, visiblePrefix) + Stars + text.Substring(start + length - 3, 3);
}
