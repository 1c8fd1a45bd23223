using System;
using Microsoft.Extensions.Logging;

namespace DevCred.Runtime;

/// <summary>
/// Reports provider events to the optional logger and the optional callback. With neither, every method returns at
/// once. Messages carry the source, expiration, timings, counts and error kinds; never a secret or a body.
/// </summary>
internal sealed class ProviderEvents(ILogger? logger, Action<StsCredentialEvent>? callback)
{
    private static readonly Action<ILogger, string, Exception?> LogRefreshStarted = LoggerMessage.Define<string>(
        LogLevel.Debug,
        new EventId(1, nameof(StsCredentialEventKind.RefreshStarted)),
        "Refreshing the STS credential from {Source}.");

    private static readonly Action<ILogger, string, string, long, int, bool, Exception?> LogRefreshSucceeded =
        LoggerMessage.Define<string, string, long, int, bool>(
            LogLevel.Information,
            new EventId(2, nameof(StsCredentialEventKind.RefreshSucceeded)),
            "Refreshed the STS credential from {Source}: expires {Expiration}, took {ElapsedMs} ms in "
            + "{Attempts} attempt(s), changed: {Changed}.");

    private static readonly Action<ILogger, string, StsCredentialErrorKind?, int?, int, Exception?> LogRefreshFailed =
        LoggerMessage.Define<string, StsCredentialErrorKind?, int?, int>(
            LogLevel.Warning,
            new EventId(3, nameof(StsCredentialEventKind.RefreshFailed)),
            "Refreshing the STS credential from {Source} failed: {ErrorKind}, HTTP status {StatusCode}, {Attempts} attempt(s).");

    private static readonly Action<ILogger, string, string, Exception?> LogServedStale = LoggerMessage.Define<string, string>(
        LogLevel.Warning,
        new EventId(4, nameof(StsCredentialEventKind.ServedStale)),
        "Serving the cached STS credential from {Source}, valid until {Expiration}, while refreshing fails.");

    private static readonly Action<ILogger, string, StsCredentialErrorKind?, Exception?> LogFellBackToFile =
        LoggerMessage.Define<string, StsCredentialErrorKind?>(
            LogLevel.Warning,
            new EventId(5, nameof(StsCredentialEventKind.FellBackToFile)),
            "The credentials URI failed ({ErrorKind}); using the STS credential from the credentials file {Source}.");

    private static readonly Action<ILogger, string, string, Exception?> LogServedExpired = LoggerMessage.Define<string, string>(
        LogLevel.Warning,
        new EventId(6, nameof(StsCredentialEventKind.ServedExpired)),
        "Returning the expired STS credential from {Source} (expired {Expiration}) because refreshing failed and "
        + "AllowExpiredOnFailure is set.");

    private static readonly Action<ILogger, string, double, Exception?> LogLongLifetime = LoggerMessage.Define<string, double>(
        LogLevel.Warning,
        new EventId(7, nameof(StsCredentialEventKind.LongLifetime)),
        "The STS credential from {Source} is valid for {LifetimeHours:0.##} h, longer than an STS session can last; "
        + "check the clock and the source.");

    private static readonly Action<ILogger, double, Exception?> LogClockMovedBackwards = LoggerMessage.Define<double>(
        LogLevel.Warning,
        new EventId(8, nameof(StsCredentialEventKind.ClockMovedBackwards)),
        "The UTC clock moved backwards by {Seconds:0.#} s between two calls; expiry decisions keep using the monotonic clock.");

    public void RefreshStarted(string source)
    {
        if (logger is not null)
        {
            LogRefreshStarted(logger, source, null);
        }

        Raise(new StsCredentialEvent(StsCredentialEventKind.RefreshStarted, source));
    }

    public void RefreshSucceeded(StsCredential credential, TimeSpan elapsed, int attempts, bool changed)
    {
        string expiration = StsCredential.FormatExpiration(credential.Expiration);
        if (logger is not null)
        {
            LogRefreshSucceeded(logger, credential.Source, expiration, (long)elapsed.TotalMilliseconds, attempts, changed, null);
        }

        Raise(new StsCredentialEvent(
            StsCredentialEventKind.RefreshSucceeded, credential.Source, credential.Expiration, elapsed, attempts, changed));
    }

    public void RefreshFailed(string? source, Exception error)
    {
        var sts = error as StsCredentialException;
        string shown = source ?? sts?.CredentialSource ?? "(no source)";
        if (logger is not null)
        {
            LogRefreshFailed(logger, shown, sts?.Kind, sts?.StatusCode, sts?.Attempts ?? 0, error);
        }

        Raise(new StsCredentialEvent(
            StsCredentialEventKind.RefreshFailed, shown, null, sts?.Elapsed ?? TimeSpan.Zero, sts?.Attempts ?? 0, error: error));
    }

    public void ServedStale(StsCredential cached, Exception error)
    {
        if (logger is not null)
        {
            LogServedStale(logger, cached.Source, StsCredential.FormatExpiration(cached.Expiration), null);
        }

        Raise(new StsCredentialEvent(StsCredentialEventKind.ServedStale, cached.Source, cached.Expiration, error: error));
    }

    public void FellBackToFile(StsCredential fromFile, Exception uriError)
    {
        if (logger is not null)
        {
            LogFellBackToFile(logger, fromFile.Source, (uriError as StsCredentialException)?.Kind, null);
        }

        Raise(new StsCredentialEvent(
            StsCredentialEventKind.FellBackToFile, fromFile.Source, fromFile.Expiration, error: uriError));
    }

    public void ServedExpired(StsCredential cached, Exception? error)
    {
        if (logger is not null)
        {
            LogServedExpired(logger, cached.Source, StsCredential.FormatExpiration(cached.Expiration), null);
        }

        Raise(new StsCredentialEvent(StsCredentialEventKind.ServedExpired, cached.Source, cached.Expiration, error: error));
    }

    public void LongLifetime(StsCredential credential, TimeSpan lifetime)
    {
        if (logger is not null)
        {
            LogLongLifetime(logger, credential.Source, lifetime.TotalHours, null);
        }

        Raise(new StsCredentialEvent(StsCredentialEventKind.LongLifetime, credential.Source, credential.Expiration));
    }

    public void ClockMovedBackwards(TimeSpan step)
    {
        if (logger is not null)
        {
            LogClockMovedBackwards(logger, step.TotalSeconds, null);
        }

        Raise(new StsCredentialEvent(StsCredentialEventKind.ClockMovedBackwards, null, elapsed: step));
    }

    private void Raise(StsCredentialEvent data)
    {
        if (callback is null)
        {
            return;
        }

        try
        {
            callback(data);
        }
        catch (Exception)
        {
            // A diagnostic hook must not break credential delivery.
        }
    }
}
