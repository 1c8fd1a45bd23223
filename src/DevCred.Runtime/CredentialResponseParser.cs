using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace DevCred.Runtime;

/// <summary>
/// Validates a credentials response or credentials file: a JSON object whose known fields are strings, <c>Code</c>
/// equal to <c>Success</c> when checked, required fields present and non-blank, and a strict <c>Expiration</c>.
/// </summary>
internal static class CredentialResponseParser
{
    private const string Code = "Code";
    private const string Message = "Message";
    private const string AccessKeyId = "AccessKeyId";
    private const string AccessKeySecret = "AccessKeySecret";
    private const string SecurityToken = "SecurityToken";
    private const string Expiration = "Expiration";

    // Enough to recognise the payload; more would only lengthen the message.
    private const int MaxKeysShown = 16;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    private static readonly string[] CredentialFields = [AccessKeyId, AccessKeySecret, SecurityToken, Expiration];

    /// <param name="body">UTF-8 JSON; a byte order mark is tolerated.</param>
    /// <param name="checkCode">Whether <c>Code</c> is checked (the credentials URI) or ignored (the credentials file).</param>
    /// <param name="requireExpiration">Whether <c>Expiration</c> must be present.</param>
    public static ParseResult Parse(ReadOnlyMemory<byte> body, bool checkCode, bool requireExpiration)
    {
        body = SkipByteOrderMark(body);
        if (IsEmpty(body.Span))
        {
            return ParseResult.SyntaxError("the body is empty");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return ParseResult.SyntaxError(DescribeSyntaxError(ex), ex);
        }

        using (document)
        {
            return Validate(document.RootElement, checkCode, requireExpiration);
        }
    }

    /// <summary>Whether the body has nothing but a byte order mark and white space.</summary>
    public static bool IsEmpty(ReadOnlySpan<byte> body)
    {
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
        {
            body = body.Slice(3);
        }

        return IsBlank(body);
    }

    /// <summary>Reads <c>Code</c> and <c>Message</c> from an error body, if it is a JSON object that has them.</summary>
    public static (string? Code, string? Message) ReadCodeAndMessage(ReadOnlyMemory<byte> body)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(SkipByteOrderMark(body), DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            return (StringOrNull(document.RootElement, Code), StringOrNull(document.RootElement, Message));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static ParseResult Validate(JsonElement root, bool checkCode, bool requireExpiration)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ParseResult.Failure(
                ParseProblem.Malformed,
                "the top-level JSON value is " + Describe(root.ValueKind) + ", not an object");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        string? typeProblem = null;
        foreach (JsonProperty property in root.EnumerateObject())
        {
            keys.Add(property.Name);
            bool known = Array.IndexOf(CredentialFields, property.Name) >= 0 || (checkCode && property.Name == Code);
            if (!known)
            {
                continue;
            }

            if (!seen.Add(property.Name))
            {
                typeProblem ??= "field '" + property.Name + "' appears more than once";
            }
            else if (property.Value.ValueKind != JsonValueKind.String)
            {
                typeProblem ??= "field '" + property.Name + "' is " + Describe(property.Value.ValueKind) + ", not a string";
            }
            else
            {
                values[property.Name] = property.Value.GetString()!;
            }
        }

        // An error answer may carry nulls in the credential fields; its Code explains more than their types do.
        if (checkCode && values.TryGetValue(Code, out string? code)
            && !string.Equals(code, "Success", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult.Failure(
                ParseProblem.ServiceError,
                "Code " + SafeText.Quote(code) + ", Message " + SafeText.Quote(StringOrNull(root, Message), 300));
        }

        if (typeProblem is not null)
        {
            return ParseResult.Failure(ParseProblem.Malformed, typeProblem);
        }

        var missing = new List<string>();
        foreach (string field in CredentialFields)
        {
            bool required = field != Expiration || requireExpiration;
            if (required && (!values.TryGetValue(field, out string? text) || string.IsNullOrWhiteSpace(text)))
            {
                missing.Add(field);
            }
        }

        if (missing.Count > 0)
        {
            return ParseResult.Failure(
                ParseProblem.MissingField,
                string.Join(", ", missing) + " (keys present: " + DescribeKeys(keys) + ")");
        }

        DateTimeOffset? expiration = null;
        if (values.TryGetValue(Expiration, out string? expirationText) && !string.IsNullOrWhiteSpace(expirationText))
        {
            if (!ExpirationParser.TryParse(expirationText, out DateTimeOffset parsed))
            {
                return ParseResult.Failure(ParseProblem.InvalidExpiration, SafeText.Quote(expirationText, 64));
            }

            expiration = parsed;
        }

        return ParseResult.Success(new ParsedCredential(
            values[AccessKeyId],
            values[AccessKeySecret],
            values[SecurityToken],
            expiration));
    }

    private static ReadOnlyMemory<byte> SkipByteOrderMark(ReadOnlyMemory<byte> body)
    {
        ReadOnlySpan<byte> span = body.Span;
        return span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF ? body.Slice(3) : body;
    }

    private static bool IsBlank(ReadOnlySpan<byte> span)
    {
        foreach (byte b in span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? StringOrNull(JsonElement root, string name)
        => root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string DescribeSyntaxError(JsonException ex)
    {
        // The reader's own message can quote a character of the body, so only the position is used.
        string line = ((ex.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
        string position = (ex.BytePositionInLine ?? 0).ToString(CultureInfo.InvariantCulture);
        return "invalid or truncated JSON at line " + line + ", byte " + position;
    }

    private static string DescribeKeys(List<string> keys)
    {
        if (keys.Count == 0)
        {
            return "none";
        }

        var shown = new List<string>();
        for (int i = 0; i < keys.Count && i < MaxKeysShown; i++)
        {
            shown.Add(SafeText.Clean(keys[i], 40));
        }

        string more = keys.Count > MaxKeysShown
            ? ", and " + (keys.Count - MaxKeysShown).ToString(CultureInfo.InvariantCulture) + " more"
            : string.Empty;
        return string.Join(", ", shown) + more;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };
}
