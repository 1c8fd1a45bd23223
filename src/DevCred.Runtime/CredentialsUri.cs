using System;

namespace DevCred.Runtime;

/// <summary>Validates the credentials URI and removes the parts that may carry secrets before it is shown.</summary>
internal static class CredentialsUri
{
    public static bool TryValidate(string text, bool loopbackOnly, out Uri? uri, out string problem)
    {
        uri = null;

        // Checked on the text: on Unix, Uri also takes "/path" for an absolute file URI.
        if (!text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            problem = "it does not start with http:// or https://";
            return false;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? parsed) || string.IsNullOrEmpty(parsed.Host))
        {
            problem = "it is not an absolute URI with a host";
            return false;
        }

        if (loopbackOnly && !parsed.IsLoopback)
        {
            problem = "its host is not a loopback address and the LoopbackOnly option is set";
            return false;
        }

        uri = parsed;
        problem = string.Empty;
        return true;
    }

    /// <summary>Scheme, host, port and path: user info, query and fragment removed.</summary>
    public static string Redact(Uri uri)
        => uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    /// <summary>Best-effort redaction of text that did not parse as an absolute URI.</summary>
    public static string RedactText(string text)
    {
        int cut = text.IndexOfAny(['?', '#']);
        string kept = cut >= 0 ? text.Substring(0, cut) : text;
        int schemeEnd = kept.IndexOf("://", StringComparison.Ordinal);
        int authorityStart = schemeEnd >= 0 ? schemeEnd + 3 : 0;
        int authorityEnd = kept.IndexOf('/', authorityStart);
        int searchEnd = authorityEnd >= 0 ? authorityEnd : kept.Length;
        int at = searchEnd > authorityStart ? kept.LastIndexOf('@', searchEnd - 1, searchEnd - authorityStart) : -1;
        if (at >= 0)
        {
            kept = kept.Substring(0, authorityStart) + kept.Substring(at + 1);
        }

        return SafeText.Clean(kept, 200);
    }
}
