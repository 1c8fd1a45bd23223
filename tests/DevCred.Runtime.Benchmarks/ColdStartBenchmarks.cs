using System;
using BenchmarkDotNet.Attributes;
using DevCred.Runtime.Tests.Infrastructure;

namespace DevCred.Runtime.Benchmarks;

/// <summary>A new provider's first call against a loopback credentials service: client, connection, request, parse.</summary>
[MemoryDiagnoser]
public class ColdStartBenchmarks
{
    private LoopbackServer _server = null!;
    private StsCredentialProviderOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new LoopbackServer { Fallback = Reply.Json(Sts.Json(DateTimeOffset.UtcNow.AddHours(12))) };
        _options = BenchmarkOptions.For(_server.Uri);
    }

    [GlobalCleanup]
    public void Cleanup() => _server.Dispose();

    [Benchmark]
    public StsCredential ColdStart()
    {
        using var provider = new StsCredentialProvider(_options);
        return provider.GetCredential();
    }
}
