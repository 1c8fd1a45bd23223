using DevCred.Analyzers.Syntax;

namespace DevCred.Analyzers.Text;

/// <summary>
/// Secrets inside longer text behind their own name: JSON (<c>"AccessKeySecret":"…"</c>), query strings
/// (<c>AccessKeySecret=…&amp;</c>) and connection strings (<c>Password=…;</c>).
/// </summary>
internal static class EmbeddedSecrets
{
    /// <summary>At most this many separators stand between a secret's name and its value: <c>Secret=</c>, <c>"Secret": "</c>.</summary>
    public const int MaxSeparators = 4;

    /// <summary>Cheap, allocation-free test: a run of exactly 30 or 44 base62 characters right after a separator.</summary>
    public static bool MayContain(string text, bool needsAssignment = true)
    {
        if (text.Length <= AccessKeySecretShape.Length)
        {
            return false;
        }

        int run = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            char c = text[i];
            if (CharClass.IsBase62(c))
            {
                run++;
                continue;
            }

            if (run is AccessKeySecretShape.Length or StsShapes.SecretLength && (c is '=' or ':' or '"' or '\'' or ' ' || (!needsAssignment && char.IsWhiteSpace(c))))
            {
                return true;
            }

            run = 0;
        }

        return false;
    }

    /// <summary>
    /// The next secret behind a secret-like name. In code the name must be assigned (<c>:</c> or <c>=</c>); in
    /// comments prose counts too ("the AccessKeySecret 8rES… was rotated").
    /// </summary>
    public static int FindNext(string text, int startIndex, bool needsAssignment, out int length, out CredentialKind kind)
    {
        int index = startIndex;
        while (index < text.Length)
        {
            while (index < text.Length && !CharClass.IsBase62(text[index]))
            {
                index++;
            }

            int end = index;
            while (end < text.Length && CharClass.IsBase62(text[end]))
            {
                end++;
            }

            int runLength = end - index;
            string run = runLength is AccessKeySecretShape.Length or StsShapes.SecretLength ? text.Substring(index, runLength) : string.Empty;
            if (run.Length > 0 && (end == text.Length || !CharClass.IsBase62(text[end])) && IsNamedSecret(text, index, needsAssignment))
            {
                if (run.Length == AccessKeySecretShape.Length && AccessKeySecretShape.Matches(run))
                {
                    kind = CredentialKind.AccessKeySecret;
                    length = runLength;
                    return index;
                }

                if (run.Length == StsShapes.SecretLength && StsShapes.IsSecret(run))
                {
                    kind = CredentialKind.StsAccessKeySecret;
                    length = runLength;
                    return index;
                }
            }

            index = end;
        }

        length = 0;
        kind = default;
        return -1;
    }

    private static bool IsNamedSecret(string text, int valueStart, bool needsAssignment)
    {
        int position = valueStart - 1;
        int separators = 0;
        bool assignment = false;
        while (position >= 0 && separators < MaxSeparators && IsSeparator(text[position]))
        {
            assignment |= IsAssignment(text[position]);
            position--;
            separators++;
        }

        int nameEnd = position + 1;
        while (position >= 0 && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '-' or '.'))
        {
            position--;
        }

        return (assignment || !needsAssignment) && nameEnd > position + 1 && CredentialNames.IsSecretName(text.Substring(position + 1, nameEnd - position - 1));
    }

    /// <summary>Quotes, blanks and the assignment itself, between a secret's name and its value.</summary>
    public static bool IsSeparator(char c) => c is '"' or '\'' or ' ' or '\t' || IsAssignment(c);

    public static bool IsAssignment(char c) => c is ':' or '=';
}
