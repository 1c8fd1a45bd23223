using System;
using System.IO;

namespace DevCred.Runtime.Benchmarks;

internal static class BenchmarkOptions
{
    public static StsCredentialProviderOptions For(Uri uri) => new()
    {
        UseEnvironmentVariables = false,
        CredentialsUri = uri.ToString(),
        CredentialsFilePath = Path.Combine(Path.GetTempPath(), "devcred-bench-absent-" + Guid.NewGuid().ToString("N")),
    };
}
