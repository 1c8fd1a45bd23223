namespace DevCred.Analyzers.ConfigFiles;

/// <summary>
/// A value in a configuration file: its name (key), its text after unescaping, and where its raw text sits.
/// When the raw text has no escapes, offsets into <see cref="Text"/> are offsets from <see cref="RawStart"/>.
/// </summary>
internal readonly struct ConfigValue
{
    public ConfigValue(string name, string text, int rawStart, int rawLength, int group)
    {
        Name = name;
        Text = text;
        RawStart = rawStart;
        RawLength = rawLength;
        Group = group;
    }

    public string Name { get; }

    public string Text { get; }

    public int RawStart { get; }

    public int RawLength { get; }

    /// <summary>Values with the same group sit in the same JSON object, XML element or file section.</summary>
    public int Group { get; }

    public bool IsVerbatim => RawLength == Text.Length;
}
