using System;
using System.Globalization;

namespace DevCred.Runtime;

/// <summary>
/// Builds every <see cref="StsCredentialException"/>: what happened, then what to do. Only values that are not
/// secret appear: a redacted URI, a file path, a status code, a body length, key names, <c>Code</c>/<c>Message</c>,
/// the <c>Expiration</c> string.
/// </summary>
internal static class CredentialErrors
{
    private const StsCredentialSourceKind UriKind = StsCredentialSourceKind.Uri;
    private const StsCredentialSourceKind FileKind = StsCredentialSourceKind.File;

    public static StsCredentialException NotConfigured(CredentialSources sources)
    {
        string uriPart = sources.UriDisabledBySwitch
            ? $"{CredentialSources.UriVariable} is set but ignored because {CredentialSources.DisableVariable} is set"
            : $"{CredentialSources.UriVariable} is not set";
        string advice = sources.UriDisabledBySwitch
            ? $"Unset {CredentialSources.DisableVariable} to use the credentials URI, or create the credentials file."
            : $"Run the code in a DataWorks development environment, set {CredentialSources.UriVariable} to the "
              + $"credentials URI, or set {CredentialSources.FileVariable} to the path of a credentials file.";
        string message = $"No STS credential source is available: {uriPart}, and the credentials file "
            + $"'{sources.FilePath}' ({sources.FilePathOrigin}) does not exist. {advice}";
        return new StsCredentialException(StsCredentialErrorKind.NotConfigured, message);
    }

    public static StsCredentialException InvalidUri(string redacted, string origin, string problem)
        => new(
            StsCredentialErrorKind.InvalidUri,
            $"The credentials URI '{redacted}' ({origin}) is not allowed: {problem}. Set it to an absolute http:// or "
            + $"https:// address of the credentials service, or unset it to use the credentials file.",
            redacted,
            UriKind);

    public static StsCredentialException ConnectFailed(
        Uri uri, string redacted, string detail, int attempts, TimeSpan elapsed, Exception? inner)
        => new(
            StsCredentialErrorKind.ConnectFailed,
            $"Could not reach the credentials service at {HostAndPort(uri)} ({detail}) after {Count(attempts)} in "
            + $"{Milliseconds(elapsed)}. Check that the credentials service of the development environment is "
            + $"running and that {CredentialSources.UriVariable} is the address it injected"
            + (uri.IsLoopback ? "." : "; requests to this host go through the default proxy, if one is set."),
            redacted,
            UriKind,
            attempts,
            elapsed,
            innerException: inner);

    public static StsCredentialException Timeout(
        string redacted, bool overall, TimeSpan limit, int attempts, TimeSpan elapsed, Exception? inner)
    {
        string which = overall ? "the overall refresh deadline" : "the per-attempt timeout";
        string option = overall ? nameof(StsCredentialProviderOptions.RefreshTimeout)
            : nameof(StsCredentialProviderOptions.AttemptTimeout);
        return new StsCredentialException(
            StsCredentialErrorKind.Timeout,
            $"The credentials service at {redacted} did not answer within {which} of {Milliseconds(limit)} "
            + $"({Count(attempts)}, {Milliseconds(elapsed)} in all). Check that the credentials service is healthy; "
            + $"raise {option} if it is only slow.",
            redacted,
            UriKind,
            attempts,
            elapsed,
            innerException: inner);
    }

    public static StsCredentialException ConnectTimeout(
        string redacted, TimeSpan limit, int attempts, TimeSpan elapsed, Exception? inner)
        => new(
            StsCredentialErrorKind.Timeout,
            $"No connection to the credentials service at {redacted} could be opened within the connect timeout of "
            + $"{Milliseconds(limit)} ({Count(attempts)}, {Milliseconds(elapsed)} in all). Check that the credentials "
            + "service is running.",
            redacted,
            UriKind,
            attempts,
            elapsed,
            innerException: inner);

    public static StsCredentialException HttpStatus(
        string redacted,
        int status,
        string? reason,
        int bodyLength,
        string? code,
        string? serviceMessage,
        int attempts,
        TimeSpan elapsed)
    {
        string service = code is null && serviceMessage is null
            ? string.Empty
            : $", Code {SafeText.Quote(code)}, Message {SafeText.Quote(serviceMessage, 300)}";
        string advice = status is >= 300 and < 400
            ? $"Redirects are not followed: set {CredentialSources.UriVariable} to the final address."
            : status >= 500 || status is 408 or 429
                ? "The credentials service failed or is overloaded; try again later."
                : $"Check that {CredentialSources.UriVariable} is the address the environment injected.";
        return new StsCredentialException(
            StsCredentialErrorKind.HttpStatus,
            $"The credentials service at {redacted} answered HTTP {status.ToString(CultureInfo.InvariantCulture)}"
            + $"{(string.IsNullOrEmpty(reason) ? string.Empty : " (" + reason + ")")} with a body of {Bytes(bodyLength)}{service} after "
            + $"{Count(attempts)}. {advice}",
            redacted,
            UriKind,
            attempts,
            elapsed,
            status);
    }

    public static StsCredentialException Oversize(
        string redacted, int maxBytes, int? status, int attempts, TimeSpan elapsed)
        => new(
            StsCredentialErrorKind.MalformedResponse,
            $"The credentials response from {redacted} is not a valid credentials JSON object: its body exceeds the "
            + $"limit of {Bytes(maxBytes)}. Check that {CredentialSources.UriVariable} points at the credentials service.",
            redacted,
            UriKind,
            attempts,
            elapsed,
            status);

    public static StsCredentialException FromResponse(
        ParseResult result, string redacted, int bodyLength, int status, int attempts, TimeSpan elapsed)
    {
        (StsCredentialErrorKind kind, string message) = result.Problem switch
        {
            ParseProblem.ServiceError => (
                StsCredentialErrorKind.ServiceError,
                $"The credentials service at {redacted} reported an error: {result.Detail}. Fix the cause it names; "
                + "if it persists, restart the development environment."),
            ParseProblem.MissingField => (
                StsCredentialErrorKind.MissingField,
                $"The credentials response from {redacted} lacks field(s) {result.Detail}. Check that "
                + $"{CredentialSources.UriVariable} points at the credentials service."),
            ParseProblem.InvalidExpiration => (
                StsCredentialErrorKind.InvalidExpiration,
                $"The Expiration value {result.Detail} from {redacted} is not an ISO-8601 time with Z or an offset "
                + "(for example 2024-05-21T10:39:29Z). The credentials service answered in an unexpected format."),
            _ => (
                StsCredentialErrorKind.MalformedResponse,
                $"The credentials response from {redacted} is not a valid credentials JSON object: {result.Detail} "
                + $"({Bytes(bodyLength)}). Check that {CredentialSources.UriVariable} points at the credentials service."),
        };
        return new StsCredentialException(
            kind, message, redacted, UriKind, attempts, elapsed, status, result.Inner);
    }

    public static StsCredentialException AlreadyExpired(
        string redacted, DateTimeOffset expiration, DateTimeOffset now, TimeSpan margin, int attempts, TimeSpan elapsed)
        => new(
            StsCredentialErrorKind.AlreadyExpired,
            $"The credentials service at {redacted} returned an STS credential that expires at "
            + $"{StsCredential.FormatExpiration(expiration)}, within the safety margin of {Seconds(margin)} of the "
            + $"local UTC time {Format(now)}. Check the clock of this machine; if it is right, the service handed out "
            + "a stale STS credential.",
            redacted,
            UriKind,
            attempts,
            elapsed);

    public static StsCredentialException FileUnreadable(string path, int attempts, TimeSpan elapsed, Exception inner)
        => new(
            StsCredentialErrorKind.FileUnreadable,
            $"The credentials file '{path}' exists but could not be read ({inner.GetType().Name}). Check its "
            + "permissions, or point DEVCRED_CREDENTIALS_FILE at a readable credentials file.",
            path,
            FileKind,
            attempts,
            elapsed,
            innerException: inner);

    public static StsCredentialException FileMalformed(string path, string detail, int attempts, TimeSpan elapsed, Exception? inner)
        => new(
            StsCredentialErrorKind.FileMalformed,
            $"The credentials file '{path}' is not a valid credentials JSON object: {detail}. The program that writes "
            + "it should write AccessKeyId, AccessKeySecret, SecurityToken and Expiration as JSON strings.",
            path,
            FileKind,
            attempts,
            elapsed,
            innerException: inner);

    public static StsCredentialException FromFile(ParseResult result, string path, int attempts, TimeSpan elapsed)
    {
        string detail = result.Problem switch
        {
            ParseProblem.MissingField => "it lacks field(s) " + result.Detail,
            ParseProblem.InvalidExpiration => "the Expiration value " + result.Detail
                + " is not an ISO-8601 time with Z or an offset",
            _ => result.Detail,
        };
        return FileMalformed(path, detail, attempts, elapsed, result.Inner);
    }

    public static StsCredentialException FileExpired(
        string path, DateTimeOffset expiration, DateTimeOffset now, TimeSpan margin, int attempts, TimeSpan elapsed)
        => new(
            StsCredentialErrorKind.FileExpired,
            $"The credentials file '{path}' holds an STS credential that expires at "
            + $"{StsCredential.FormatExpiration(expiration)}, within the safety margin of {Seconds(margin)} of the "
            + $"local UTC time {Format(now)}. The program that writes the file should rewrite it before expiry; "
            + "also check the clock of this machine.",
            path,
            FileKind,
            attempts,
            elapsed);

    public static StsCredentialException Expired(StsCredential cached, Exception? cause)
    {
        string because = cause is StsCredentialException sts ? $" ({sts.Kind}; see the inner exception)" : string.Empty;
        return new StsCredentialException(
            StsCredentialErrorKind.Expired,
            $"The cached STS credential expired at {StsCredential.FormatExpiration(cached.Expiration)} and refreshing "
            + $"it failed{because}. Fix the cause, or set AllowExpiredOnFailure to let the server decide.",
            cached.Source,
            cached.SourceKind,
            (cause as StsCredentialException)?.Attempts ?? 0,
            (cause as StsCredentialException)?.Elapsed ?? TimeSpan.Zero,
            (cause as StsCredentialException)?.StatusCode,
            cause);
    }

    private static string HostAndPort(Uri uri)
        => uri.HostNameType == UriHostNameType.IPv6
            ? "[" + uri.DnsSafeHost + "]:" + uri.Port.ToString(CultureInfo.InvariantCulture)
            : uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);

    private static string Count(int attempts)
        => attempts.ToString(CultureInfo.InvariantCulture) + (attempts == 1 ? " attempt" : " attempts");

    private static string Milliseconds(TimeSpan value)
        => ((long)value.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";

    private static string Seconds(TimeSpan value)
        => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private static string Bytes(int count)
        => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " byte" : " bytes");

    private static string Format(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
