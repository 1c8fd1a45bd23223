using System;

namespace DevCred.Analyzers.Syntax;

/// <summary>Reads what a name (identifier, parameter, dictionary key) says it holds.</summary>
internal static class CredentialNames
{
    /// <summary>
    /// True for names of secrets: accessKeySecret, secret_access_key, OSS_SK, alibabaToken, password,
    /// and SLS's "accessKey" (a secret there). A name with an "id" word (AccessKeyId) is not a secret name.
    /// </summary>
    public static bool IsSecretName(string name)
    {
        bool key = false;
        bool id = false;
        bool keyKind = false;
        int words = 0;
        int index = 0;
        while (NextWord(name, ref index, out int start, out int length))
        {
            words++;
            keyKind |= Is(name, start, length, "access") || Is(name, start, length, "api") || Is(name, start, length, "private")
                || Is(name, start, length, "signing") || Is(name, start, length, "sign") || Is(name, start, length, "ak");
            if (Is(name, start, length, "secret")
                || Is(name, start, length, "password")
                || Is(name, start, length, "passwd")
                || Is(name, start, length, "pwd")
                || Is(name, start, length, "token")
                || Is(name, start, length, "sk"))
            {
                return true;
            }

            key |= Is(name, start, length, "key");
            id |= Is(name, start, length, "id");
        }

        // "accessKey" (SLS), "apiKey", "key": a key of a credential; "CacheKey", "SortKey" are not.
        return key && !id && (keyKind || words == 1);
    }

    /// <summary>True for names of AccessKey IDs: accessKeyId, ACCESS_KEY_ID, OSSAccessKeyId, ak, aliyunAk.</summary>
    public static bool IsIdName(string name)
    {
        bool key = false;
        bool id = false;
        int index = 0;
        while (NextWord(name, ref index, out int start, out int length))
        {
            if (Is(name, start, length, "ak") || Is(name, start, length, "accesskeyid"))
            {
                return true;
            }

            key |= Is(name, start, length, "key");
            id |= Is(name, start, length, "id");
        }

        return key && id;
    }

    /// <summary>Splits camelCase, PascalCase, snake_case, kebab-case, dotted and "Section:Key" names into words.</summary>
    private static bool NextWord(string name, ref int index, out int start, out int length)
    {
        while (index < name.Length && !char.IsLetterOrDigit(name[index]))
        {
            index++;
        }

        start = index;
        if (index >= name.Length)
        {
            length = 0;
            return false;
        }

        index++;
        while (index < name.Length && !IsWordBoundary(name, index))
        {
            index++;
        }

        length = index - start;
        return true;
    }

    private static bool IsWordBoundary(string name, int i)
    {
        char current = name[i];
        char previous = name[i - 1];
        if (!char.IsLetterOrDigit(current) || char.IsDigit(current) != char.IsDigit(previous))
        {
            return true;
        }

        if (char.IsUpper(current))
        {
            // "accessKey" splits before K; "OSSKey" splits before K (the last capital of an acronym).
            return char.IsLower(previous)
                || (i + 1 < name.Length && char.IsUpper(previous) && char.IsLower(name[i + 1]));
        }

        return false;
    }

    private static bool Is(string name, int start, int length, string word)
        => length == word.Length && string.Compare(name, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
}
