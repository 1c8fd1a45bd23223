using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Runtime;

/// <summary>
/// Reads the STS credential that a DataWorks development environment injects, from the credentials URI
/// (<c>ALIBABA_CLOUD_CREDENTIALS_URI</c>) or else the credentials file, and caches it until it is due for refresh.
/// </summary>
/// <remarks>
/// <para>Environment variables are read once, when the provider is constructed; for <see cref="Default"/> that is its
/// first use. A fresh cached STS credential is returned without I/O, locks or allocation. Near expiry the cached
/// STS credential is still returned while one background refresh runs; once expired, callers wait for that single
/// refresh. Thread-safe.</para>
/// <para>Nothing is logged unless <see cref="StsCredentialProviderOptions.Logger"/> is set, and no message, log line
/// or <see cref="object.ToString"/> ever contains an AccessKey secret, a security token or a response body.</para>
/// </remarks>
public sealed partial class StsCredentialProvider : IDisposable
{
    private static readonly Lazy<StsCredentialProvider> DefaultInstance = new(
        () => new StsCredentialProvider(new StsCredentialProviderOptions(), isDefault: true, Environment.GetEnvironmentVariable),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ProviderSettings _settings;
    private readonly CredentialSources _sources;
    private readonly ProviderEvents _events;
    private readonly CredentialRefresher _refresher;
    private readonly ProviderClock _clock;
    private readonly SharedRandom _random = new();

    // Guards only the decision to start or join the shared refresh and the swaps of schedule and cache; it is never
    // held across I/O, so waiting on it without a timeout cannot stall.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _disposal = new();
    private readonly long _backwardsTicks;
    private readonly bool _isDefault;

    private CacheEntry? _cache;
    private RefreshSchedule _schedule = RefreshSchedule.Initial;
    private Task<RefreshOutcome>? _refresh;
    private ITimer? _timer;
    private CacheEntry? _servedExpiredWarned;
    private long _wallFloor = long.MinValue;
    private int _disposed;

    /// <summary>Creates a provider with default options, reading the environment now.</summary>
    public StsCredentialProvider()
        : this(new StsCredentialProviderOptions())
    {
    }

    /// <summary>Creates a provider, reading the environment now (unless the options say not to).</summary>
    /// <param name="options">The settings; copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    /// <remarks>
    /// An invalid credentials URI does not make the constructor throw: every call then throws an
    /// <see cref="StsCredentialException"/> of kind <see cref="StsCredentialErrorKind.InvalidUri"/>.
    /// </remarks>
    public StsCredentialProvider(StsCredentialProviderOptions options)
        : this(options ?? throw new ArgumentNullException(nameof(options)), isDefault: false, Environment.GetEnvironmentVariable)
    {
    }

    internal StsCredentialProvider(StsCredentialProviderOptions options, bool isDefault, Func<string, string?> environment)
    {
        _settings = new ProviderSettings(options);
        _sources = CredentialSources.Resolve(options, environment);
        _events = new ProviderEvents(_settings.Logger, _settings.EventCallback);
        _refresher = new CredentialRefresher(_sources, _settings, _events, _random);
        _clock = _settings.Clock;
        _backwardsTicks = _settings.ClockBackwardsWarning.Ticks;
        _isDefault = isDefault;
    }

    /// <summary>
    /// The shared provider with default options, created on first access (which is when it reads the environment).
    /// Disposing it has no effect.
    /// </summary>
    public static StsCredentialProvider Default => DefaultInstance.Value;

    /// <summary>The primary source: the credentials URI without user info and query, or the credentials file path.</summary>
    public string Source => _sources.RedactedUri ?? _sources.FilePath;

    /// <summary>Returns a usable STS credential, blocking only when none is cached or the cached one has expired.</summary>
    /// <returns>An STS credential that is not expired; never <see langword="null"/>.</returns>
    /// <exception cref="StsCredentialException">
    /// No usable STS credential could be obtained; <see cref="StsCredentialException.Kind"/> says why.
    /// </exception>
    /// <exception cref="ObjectDisposedException">The provider was disposed.</exception>
    public StsCredential GetCredential()
    {
        CacheEntry? entry = Volatile.Read(ref _cache);
        if (entry is not null && IsFresh(entry))
        {
            return entry.Credential;
        }

        (StsCredential? credential, Task<RefreshOutcome>? refresh) = Begin();
        if (credential is not null)
        {
            return credential;
        }

        // The refresh runs on the thread pool and awaits with ConfigureAwait(false), so blocking here cannot deadlock
        // on a SynchronizationContext.
        return Complete(refresh!.GetAwaiter().GetResult());
    }

    /// <summary>Returns a usable STS credential; completes synchronously while the cached one is fresh.</summary>
    /// <param name="cancellationToken">Stops this caller's wait only; a refresh it joined runs on and is cached.</param>
    /// <returns>An STS credential that is not expired; never <see langword="null"/>.</returns>
    /// <exception cref="StsCredentialException">
    /// No usable STS credential could be obtained; <see cref="StsCredentialException.Kind"/> says why.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The provider was disposed.</exception>
    public ValueTask<StsCredential> GetCredentialAsync(CancellationToken cancellationToken = default)
    {
        CacheEntry? entry = Volatile.Read(ref _cache);
        if (entry is not null && !cancellationToken.IsCancellationRequested && IsFresh(entry))
        {
            return new ValueTask<StsCredential>(entry.Credential);
        }

        return GetCredentialSlowAsync(cancellationToken);
    }

    /// <summary>Stops background work and releases the HTTP client. Has no effect on <see cref="Default"/>.</summary>
    public void Dispose()
    {
        if (_isDefault || Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _disposal.Cancel();
        _gate.Wait();
        try
        {
            Volatile.Write(ref _cache, null);
            _timer?.Dispose();
            _timer = null;
        }
        finally
        {
            _gate.Release();
        }

        // The gate and the token source stay undisposed: a refresh still unwinding may touch them, and neither holds
        // an OS handle here.
        _refresher.Dispose();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsFresh(CacheEntry entry)
    {
        long wall = _clock.GetWallTicks();
        long floor = Volatile.Read(ref _wallFloor);
        if (wall < floor || !entry.IsFresh(wall, _clock.GetTimestamp()))
        {
            return false;
        }

        // Raised at most once a second, so the fast path almost never writes shared memory.
        if (wall - _backwardsTicks > floor + TimeSpan.TicksPerSecond)
        {
            Volatile.Write(ref _wallFloor, wall - _backwardsTicks);
        }

        return true;
    }

    private async ValueTask<StsCredential> GetCredentialSlowAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        (StsCredential? credential, Task<RefreshOutcome>? refresh) = Begin();
        if (credential is not null)
        {
            return credential;
        }

        RefreshOutcome outcome = await TaskWaiting.WaitAsync(refresh!, cancellationToken).ConfigureAwait(false);
        return Complete(outcome);
    }
}
