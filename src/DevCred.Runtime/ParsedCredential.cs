using System;

namespace DevCred.Runtime;

/// <summary>The validated fields of a credentials response or credentials file, before the clock is consulted.</summary>
internal sealed class ParsedCredential(
    string accessKeyId,
    string accessKeySecret,
    string securityToken,
    DateTimeOffset? expiration)
{
    public string AccessKeyId { get; } = accessKeyId;

    public string AccessKeySecret { get; } = accessKeySecret;

    public string SecurityToken { get; } = securityToken;

    /// <summary>In UTC; <see langword="null"/> only for a credentials file without <c>Expiration</c>.</summary>
    public DateTimeOffset? Expiration { get; } = expiration;
}

internal enum ParseProblem
{
    None,
    Malformed,
    ServiceError,
    MissingField,
    InvalidExpiration,
}

/// <summary>Either a <see cref="ParsedCredential"/> or the reason there is none, in words safe to show.</summary>
internal sealed class ParseResult
{
    private ParseResult(
        ParsedCredential? credential, ParseProblem problem, string detail, Exception? inner, bool isSyntaxError = false)
    {
        Credential = credential;
        Problem = problem;
        Detail = detail;
        Inner = inner;
        IsSyntaxError = isSyntaxError;
    }

    public ParsedCredential? Credential { get; }

    public ParseProblem Problem { get; }

    /// <summary>What is wrong: a position, a field name, key names, a quoted Code or Expiration; never a value of a secret field.</summary>
    public string Detail { get; }

    public Exception? Inner { get; }

    /// <summary>The JSON did not parse, or the body was empty: what a file torn by a concurrent rewrite looks like.</summary>
    public bool IsSyntaxError { get; }

    public static ParseResult Success(ParsedCredential credential) => new(credential, ParseProblem.None, string.Empty, null);

    public static ParseResult Failure(ParseProblem problem, string detail, Exception? inner = null)
        => new(null, problem, detail, inner);

    public static ParseResult SyntaxError(string detail, Exception? inner = null)
        => new(null, ParseProblem.Malformed, detail, inner, isSyntaxError: true);
}
