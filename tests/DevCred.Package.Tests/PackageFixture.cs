using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace DevCred.Package.Tests;

/// <summary>Packs DevCred.Analyzers once, into a folder feed of its own, for every test in the collection.</summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    public string Root { get; } = TestEnvironment.CreateTemporaryDirectory("package-tests");

    public string Feed => Path.Combine(Root, "feed");

    public string PackagePath => Path.Combine(Feed, $"DevCred.Analyzers.{TestEnvironment.PackageVersion}.nupkg");

    internal ProcessResult? PackResult { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        PackResult = await DotnetCli.RunAsync(
            TestEnvironment.RepositoryRoot,
            new Dictionary<string, string?>(),
            PackTimeout,
            "pack", TestEnvironment.PackageProject, "-c", "Release", "-o", Feed, "-tl:off", "-nologo", "--disable-build-servers");

        if (PackResult.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing DevCred.Analyzers into {Feed} failed. {PackResult.Describe()}");
        }
    }

    public Task DisposeAsync()
    {
        TestEnvironment.DeleteDirectory(Root);
        return Task.CompletedTask;
    }
}

/// <summary>
/// One collection, run without parallelism: each test starts builds on a 2-core machine, and the consumer test
/// owns a loopback port and an isolated NuGet packages folder.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "DevCred.Analyzers package";
}
