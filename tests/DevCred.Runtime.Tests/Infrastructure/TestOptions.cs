using System;
using System.IO;

namespace DevCred.Runtime.Tests.Infrastructure;

/// <summary>Options that ignore the environment and use short network delays, so tests stay fast and isolated.</summary>
internal static class TestOptions
{
    public static StsCredentialProviderOptions Create(
        Uri? uri = null, string? filePath = null, TimeProvider? clock = null, EventRecorder? events = null)
        => new()
        {
            UseEnvironmentVariables = false,
            CredentialsUri = uri?.ToString(),
            CredentialsFilePath = filePath ?? AbsentFile(),
            TimeProvider = clock ?? TimeProvider.System,
            EventCallback = events?.Callback,
            AttemptTimeout = TimeSpan.FromSeconds(3),
            RefreshTimeout = TimeSpan.FromSeconds(6),
            RetryDelay = TimeSpan.FromMilliseconds(10),
            RetryJitter = 0,
            MaxRefreshAheadJitter = TimeSpan.Zero,
            FileRetryDelay = TimeSpan.FromMilliseconds(20),
        };

    public static string AbsentFile() => Path.Combine(Path.GetTempPath(), "devcred-absent-" + Guid.NewGuid().ToString("N"));
}
