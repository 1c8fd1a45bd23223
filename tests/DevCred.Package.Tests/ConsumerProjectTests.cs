using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace DevCred.Package.Tests;

/// <summary>
/// A consumer written from scratch takes the package from a folder feed, as a user would, with its own NuGet
/// packages folder so that no copy of an earlier pack of the same version can stand in for this one.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerProjectTests : IDisposable
{
    // Made-up values in the real shapes: "LTAI" + 20 base62 characters and a 30-character base62 secret.
    private const string AccessKeyId = "LTAIRSzK24yV4uMTGFqxwjua";
    private const string AccessKeySecret = "j7sXb0S1nZOJA8n4ZlVPxraI7ONxye";

    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private readonly PackageFixture _package;
    private readonly ConsumerWorkspace _consumer;
    private readonly string _project;
    private readonly string _source;

    public ConsumerProjectTests(PackageFixture package)
    {
        _package = package;
        _consumer = new ConsumerWorkspace(package, "consumer");
        _project = _consumer.Project;
        _consumer.WriteProject();
        _source = _consumer.WriteFile("Program.cs", ProgramSource);
    }

    public void Dispose() => _consumer.Dispose();

    [Fact]
    public async Task HardcodedPair_FailsTheBuild_FormatFixesIt_AndTheAppReadsTheInjectedCredential()
    {
        string original = File.ReadAllText(_source);
        (int idLine, int idStart, int idEnd) = Locate(original, AccessKeyId);
        (int secretLine, int secretStart, int secretEnd) = Locate(original, AccessKeySecret);

        // 1. The build fails, with both rules on the literals' lines and nothing else.
        ProcessResult failed = await Dotnet("build", _project, "-tl:off", "-nologo", "--disable-build-servers");
        Assert.True(failed.ExitCode != 0, "The build should fail on the hardcoded AccessKey. " + failed.Describe());
        List<BuildDiagnostic> errors = ConsumerWorkspace.Diagnostics(failed.Output).Where(d => d.Severity == "error").ToList();
        Assert.True(errors.Count > 0, "No file(line,col) errors found. " + failed.Describe());
        BuildDiagnostic id = Assert.Single(errors, d => d.Id == "DEVCRED001");
        BuildDiagnostic secret = Assert.Single(errors, d => d.Id == "DEVCRED002");
        Assert.Equal(_source, id.File);
        Assert.Equal(idLine, id.Line);
        Assert.InRange(id.Column, idStart, idEnd);
        Assert.Equal(_source, secret.File);
        Assert.Equal(secretLine, secret.Line);
        Assert.InRange(secret.Column, secretStart, secretEnd);
        Assert.All(errors, d => Assert.StartsWith("DEVCRED00", d.Id));

        // The restore took the package just packed, not a copy of an earlier pack of the same version.
        _consumer.AssertRestoredThePackageUnderTest();

        // 2. The code fix, applied the way a user applies it from the command line. First as a CI check:
        //    --verify-no-changes must see that there is something to fix, and change nothing.
        ProcessResult check = await Dotnet(
            "format", "analyzers", _project, "--diagnostics", "DEVCRED001", "DEVCRED002", "--severity", "error",
            "--verify-no-changes");
        Assert.True(check.ExitCode != 0, "dotnet format --verify-no-changes should report the fixable literals. " + check.Describe());
        Assert.Equal(original, File.ReadAllText(_source));

        ProcessResult format = await Dotnet(
            "format", "analyzers", _project, "--diagnostics", "DEVCRED001", "DEVCRED002", "--severity", "error");
        Assert.True(format.ExitCode == 0, format.Describe());
        string fixedSource = File.ReadAllText(_source);
        Assert.NotEqual(original, fixedSource);
        Assert.True(
            fixedSource.Contains("StsCredentialProvider.Default.GetCredential()", StringComparison.Ordinal),
            "dotnet format did not apply \"Read STS credentials from the DevCred runtime\". Program.cs now reads:\n" + fixedSource);
        Assert.DoesNotContain(AccessKeyId, fixedSource);
        Assert.DoesNotContain(AccessKeySecret, fixedSource);
        Assert.Contains("using DevCred.Runtime;", fixedSource);
        Assert.Contains("StsCredentialProvider.Default.GetCredential()", fixedSource);
        Assert.Contains(".SecurityToken", fixedSource);

        // 2b. The same command with --verify-no-changes finds nothing left to fix: exit code 0, sources untouched.
        ProcessResult verify = await Dotnet(
            "format", "analyzers", _project, "--diagnostics", "DEVCRED001", "DEVCRED002", "--severity", "error",
            "--verify-no-changes");
        Assert.True(verify.ExitCode == 0, "dotnet format --verify-no-changes should find nothing left to fix. " + verify.Describe());
        Assert.Equal(fixedSource, File.ReadAllText(_source));

        // 3. The fixed project builds clean.
        ProcessResult built = await Dotnet("build", _project, "-tl:off", "-nologo", "--disable-build-servers");
        Assert.True(built.ExitCode == 0, "The fixed consumer should build. " + built.Describe());
        Assert.DoesNotContain("DEVCRED", built.Output);
        string output = Path.Combine(Path.GetDirectoryName(_project)!, "bin", "Debug", "net10.0");
        AssertRuntimeCameFromTheNet80Folder(Path.Combine(output, "DevCred.Runtime.dll"));

        // 4. Run against a credentials service on 127.0.0.1: the app gets what the service served.
        await using var server = new LoopbackCredentialsServer();
        var environment = new Dictionary<string, string?>(_consumer.Environment)
        {
            ["ALIBABA_CLOUD_CREDENTIALS_URI"] = server.Uri.ToString(),
        };
        ProcessResult run = await DotnetCli.RunAsync(
            _consumer.Root, environment, RunTimeout, Path.Combine(output, "Consumer.dll"));
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains($"AccessKeyId={server.AccessKeyId}\n", run.Output);
        Assert.Contains($"SecurityTokenLength={server.SecurityToken.Length}\n", run.Output);
        Assert.Contains($"AccessKeySecretLength={server.AccessKeySecret.Length}\n", run.Output);
        Assert.True(server.RequestCount >= 1, "The consumer never called the credentials service.");
    }

    private Task<ProcessResult> Dotnet(params string[] arguments) => _consumer.Dotnet(arguments);

    private void AssertRuntimeCameFromTheNet80Folder(string builtRuntime)
    {
        Assert.True(File.Exists(builtRuntime), $"{builtRuntime} was not copied to the consumer's output.");
        using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);
        using Stream packed = archive.GetEntry("lib/net8.0/DevCred.Runtime.dll")!.Open();
        using var expected = new MemoryStream();
        packed.CopyTo(expected);
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(builtRuntime));
    }

    private const string ProgramSource = $$"""
            using System;

            namespace Consumer;

            public sealed class StorageSettings
            {
                public string? AccessKeyId { get; set; }

                public string? AccessKeySecret { get; set; }

                public string? SecurityToken { get; set; }

                public string? BucketName { get; set; }
            }

            public static class Program
            {
                public static int Main()
                {
                    var settings = new StorageSettings
                    {
                        AccessKeyId = "{{AccessKeyId}}",
                        AccessKeySecret = "{{AccessKeySecret}}",
                        BucketName = "consumer-reports",
                    };

                    Console.WriteLine($"AccessKeyId={settings.AccessKeyId}");
                    Console.WriteLine($"AccessKeySecretLength={settings.AccessKeySecret?.Length ?? 0}");
                    Console.WriteLine($"SecurityTokenLength={settings.SecurityToken?.Length ?? 0}");
                    return 0;
                }
            }

            """;

    /// <summary>The literal's 1-based line and the 1-based columns of its opening and closing quotes.</summary>
    private static (int Line, int Start, int End) Locate(string source, string value)
    {
        string[] lines = source.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int index = lines[i].IndexOf('"' + value + '"', StringComparison.Ordinal);
            if (index >= 0)
            {
                return (i + 1, index + 1, index + value.Length + 2);
            }
        }

        throw new InvalidOperationException($"{value} is not in the consumer source.");
    }
}
