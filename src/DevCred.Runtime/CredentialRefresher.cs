using System;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Runtime;

internal enum RefreshReason
{
    Cold,
    Expired,
    RefreshAhead,
    FileCheck,
    Timer,
}

/// <summary>The entry a refresh produced; <see cref="Unchanged"/> when a file check found the file as it was.</summary>
internal sealed class RefreshResult(CacheEntry entry, int attempts, TimeSpan elapsed, bool unchanged)
{
    public CacheEntry Entry { get; } = entry;

    public int Attempts { get; } = attempts;

    public TimeSpan Elapsed { get; } = elapsed;

    public bool Unchanged { get; } = unchanged;
}

/// <summary>
/// One refresh: the credentials URI when configured, the credentials file when not, and the credentials file as a
/// fallback when the URI fails while nothing usable is cached. Turns validated fields into a <see cref="CacheEntry"/>
/// and rejects STS credentials that arrive expired. Scheduling and caching belong to the provider.
/// </summary>
internal sealed class CredentialRefresher : IDisposable
{
    private readonly CredentialSources _sources;
    private readonly ProviderSettings _settings;
    private readonly ProviderEvents _events;
    private readonly SharedRandom _random;
    private readonly CredentialsHttpFetcher? _fetcher;
    private readonly CredentialsFileReader _file;

    public CredentialRefresher(
        CredentialSources sources, ProviderSettings settings, ProviderEvents events, SharedRandom random)
    {
        _sources = sources;
        _settings = settings;
        _events = events;
        _random = random;
        _file = new CredentialsFileReader(sources.FilePath, settings.MaxResponseBytes, settings.FileRetryDelay);
        if (sources.Uri is not null)
        {
            _fetcher = new CredentialsHttpFetcher(sources.Uri, sources.RedactedUri!, settings, random);
        }
    }

    /// <summary>The primary source: the redacted credentials URI, or the credentials file path.</summary>
    public string SourceName => _fetcher?.RedactedUri ?? _file.Path;

    public async Task<RefreshResult> RefreshAsync(CacheEntry? current, RefreshReason reason, CancellationToken cancellationToken)
    {
        if (reason == RefreshReason.FileCheck && current?.FileStamp is { } stamp && _file.Stat() == stamp)
        {
            long next = _settings.Clock.Add(_settings.Clock.GetTimestamp(), _settings.FileCheckInterval);
            return new RefreshResult(current.WithNextFileCheck(next), 0, TimeSpan.Zero, unchanged: true);
        }

        _events.RefreshStarted(SourceName);
        if (_fetcher is null)
        {
            return await FromFileAsync(primary: true, cancellationToken).ConfigureAwait(false)
                ?? throw CredentialErrors.NotConfigured(_sources);
        }

        try
        {
            return await FromUriAsync(_fetcher, cancellationToken).ConfigureAwait(false);
        }
        catch (StsCredentialException uriError) when (ShouldTryFile(current))
        {
            RefreshResult? fromFile = await FallBackToFileAsync(uriError, cancellationToken).ConfigureAwait(false);
            if (fromFile is null)
            {
                throw;
            }

            return fromFile;
        }
    }

    public void Dispose() => _fetcher?.Dispose();

    private bool ShouldTryFile(CacheEntry? current)
        => current is null
            || current.Credential.SourceKind == StsCredentialSourceKind.File
            || current.StateAt(_settings.Clock.Read()) == CacheState.Expired;

    private async Task<RefreshResult?> FallBackToFileAsync(StsCredentialException uriError, CancellationToken cancellationToken)
    {
        try
        {
            RefreshResult? fromFile = await FromFileAsync(primary: false, cancellationToken).ConfigureAwait(false);
            if (fromFile is not null)
            {
                _events.FellBackToFile(fromFile.Entry.Credential, uriError);
            }

            return fromFile;
        }
        catch (StsCredentialException fileError)
        {
            // The URI error stays the reported one; the file's own problem is still worth a log line.
            _events.RefreshFailed(_file.Path, fileError);
            return null;
        }
    }

    private async Task<RefreshResult> FromUriAsync(CredentialsHttpFetcher fetcher, CancellationToken cancellationToken)
    {
        FetchResult fetched = await fetcher.FetchAsync(cancellationToken).ConfigureAwait(false);
        ClockReading now = _settings.Clock.Read();
        var credential = Create(fetched.Credential, fetcher.RedactedUri, StsCredentialSourceKind.Uri);
        CacheEntry entry = CacheEntry.Create(credential, true, now, _settings, _random.NextDouble(), null, checkFile: false)
            ?? throw CredentialErrors.AlreadyExpired(
                fetcher.RedactedUri, credential.Expiration, now.Wall, _settings.SafetyMargin, fetched.Attempts, fetched.Elapsed);
        return new RefreshResult(entry, fetched.Attempts, fetched.Elapsed, unchanged: false);
    }

    private async Task<RefreshResult?> FromFileAsync(bool primary, CancellationToken cancellationToken)
    {
        FileReadResult? read = await _file.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (read is null)
        {
            return null;
        }

        ClockReading now = _settings.Clock.Read();
        bool hasExpiration = read.Credential.Expiration is not null;
        var credential = Create(read.Credential, _file.Path, StsCredentialSourceKind.File);
        CacheEntry entry = CacheEntry.Create(
                credential, hasExpiration, now, _settings, _random.NextDouble(), read.Stamp, checkFile: primary)
            ?? throw CredentialErrors.FileExpired(
                _file.Path, credential.Expiration, now.Wall, _settings.SafetyMargin, read.Attempts, read.Elapsed);
        return new RefreshResult(entry, read.Attempts, read.Elapsed, unchanged: false);
    }

    private static StsCredential Create(ParsedCredential parsed, string source, StsCredentialSourceKind kind)
        => new(
            parsed.AccessKeyId,
            parsed.AccessKeySecret,
            parsed.SecurityToken,
            parsed.Expiration ?? DateTimeOffset.MaxValue,
            source,
            kind);
}
