namespace DevCred.Runtime;

/// <summary>The events an <see cref="StsCredentialProvider"/> reports to its logger and event callback.</summary>
public enum StsCredentialEventKind
{
    /// <summary>A refresh started (log level Debug, event id 1).</summary>
    RefreshStarted = 1,

    /// <summary>A refresh stored a new STS credential (Information, 2).</summary>
    RefreshSucceeded = 2,

    /// <summary>A refresh failed (Warning, 3).</summary>
    RefreshFailed = 3,

    /// <summary>A refresh failed and the cached, still valid STS credential is served; once per failure streak (Warning, 4).</summary>
    ServedStale = 4,

    /// <summary>The credentials URI failed and the STS credential was read from the credentials file (Warning, 5).</summary>
    FellBackToFile = 5,

    /// <summary>Every refresh failed and an expired STS credential was returned, as allowed by the options (Warning, 6).</summary>
    ServedExpired = 6,

    /// <summary>An STS credential arrived with a lifetime longer than the warning threshold (Warning, 7).</summary>
    LongLifetime = 7,

    /// <summary>The UTC clock moved backwards between two calls by more than the warning threshold (Warning, 8).</summary>
    ClockMovedBackwards = 8,
}
