using System;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DevCred.Runtime.Tests.Infrastructure;

namespace DevCred.Runtime.Benchmarks;

/// <summary>The fresh path: what every call costs while the cached STS credential is fresh.</summary>
[MemoryDiagnoser]
public class FreshCacheBenchmarks
{
    private LoopbackServer _server = null!;
    private StsCredentialProvider _provider = null!;
    private StsCredential _field = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new LoopbackServer { Fallback = Reply.Json(Sts.Json(DateTimeOffset.UtcNow.AddHours(12))) };
        _provider = new StsCredentialProvider(BenchmarkOptions.For(_server.Uri));
        _field = _provider.GetCredential();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _provider.Dispose();
        _server.Dispose();
    }

    /// <summary>A volatile read of a field holding the credential: the floor for any cache.</summary>
    [Benchmark(Baseline = true)]
    public StsCredential ReadField() => Volatile.Read(ref _field);

    [Benchmark]
    public StsCredential GetCredential() => _provider.GetCredential();

    [Benchmark]
    public StsCredential GetCredentialAsync()
    {
        ValueTask<StsCredential> pending = _provider.GetCredentialAsync();
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }
}
