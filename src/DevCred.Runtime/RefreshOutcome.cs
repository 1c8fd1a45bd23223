using System;

namespace DevCred.Runtime;

/// <summary>
/// What the shared refresh task ends with. The task never faults, so a background refresh that nobody awaits
/// leaves no unobserved exception behind.
/// </summary>
internal sealed class RefreshOutcome
{
    private RefreshOutcome(CacheEntry? entry, Exception? error)
    {
        Entry = entry;
        Error = error;
    }

    public CacheEntry? Entry { get; }

    public Exception? Error { get; }

    public static RefreshOutcome Success(CacheEntry entry) => new(entry, null);

    public static RefreshOutcome Failure(Exception? error) => new(null, error);
}
