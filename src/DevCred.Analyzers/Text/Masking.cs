namespace DevCred.Analyzers.Text;

/// <summary>Masks values for diagnostic messages, which end up in CI logs and SARIF files.</summary>
internal static class Masking
{
    private const string Mask = "***";

    /// <summary>"LTAI" plus the last three characters.</summary>
    public static string AccessKeyId(string text, int start, int length)
        => text.Substring(start, 4) + Mask + text.Substring(start + length - 3, 3);

    /// <summary>Only the last three characters.</summary>
    public static string Secret(string text, int start, int length)
        => Mask + text.Substring(start + length - 3, 3);
}
