namespace DevCred.Runtime;

/// <summary>What went wrong when an <see cref="StsCredentialProvider"/> could not return an STS credential.</summary>
public enum StsCredentialErrorKind
{
    /// <summary>Neither the credentials URI nor the credentials file is available.</summary>
    NotConfigured = 0,

    /// <summary>The credentials URI is not an allowed absolute http or https address.</summary>
    InvalidUri = 1,

    /// <summary>The credentials service could not be reached (connection refused, name not resolved, connection reset).</summary>
    ConnectFailed = 2,

    /// <summary>The credentials service did not answer within the per-attempt timeout or the overall refresh deadline.</summary>
    Timeout = 3,

    /// <summary>The credentials service answered with a status code other than 2xx (a redirect included).</summary>
    HttpStatus = 4,

    /// <summary>The response is not a JSON object, a known field is not a string, or the body is too large.</summary>
    MalformedResponse = 5,

    /// <summary>The response has a <c>Code</c> other than <c>Success</c>.</summary>
    ServiceError = 6,

    /// <summary>A required field of the response is absent or blank.</summary>
    MissingField = 7,

    /// <summary>The <c>Expiration</c> value is not an ISO-8601 time with <c>Z</c> or a numeric offset.</summary>
    InvalidExpiration = 8,

    /// <summary>The credentials service returned an STS credential that is already expired (or within the safety margin).</summary>
    AlreadyExpired = 9,

    /// <summary>The credentials file exists but could not be read.</summary>
    FileUnreadable = 10,

    /// <summary>The credentials file is not a valid credentials JSON object.</summary>
    FileMalformed = 11,

    /// <summary>The credentials file holds an STS credential that is already expired (or within the safety margin).</summary>
    FileExpired = 12,

    /// <summary>The cached STS credential expired and every refresh since has failed.</summary>
    Expired = 13,
}
