using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
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

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private static readonly Regex DiagnosticLine = new(
        @"^[ \t]*(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+[0-9]+):",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private readonly PackageFixture _package;
    private readonly string _root;
    private readonly string _project;
    private readonly string _source;
    private readonly Dictionary<string, string?> _environment;

    public ConsumerProjectTests(PackageFixture package)
    {
        _package = package;
        _root = TestEnvironment.CreateTemporaryDirectory("consumer");
        string projectDirectory = Path.Combine(_root, "Consumer");
        Directory.CreateDirectory(projectDirectory);
        _project = Path.Combine(projectDirectory, "Consumer.csproj");
        _source = Path.Combine(projectDirectory, "Program.cs");
        _environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Path.Combine(_root, "nuget-packages"),
            ["ALIBABA_CLOUD_CREDENTIALS_URI"] = null,
            ["DEVCRED_CREDENTIALS_FILE"] = Path.Combine(_root, "no-credentials-file.json"),
        };
        WriteConsumer(projectDirectory);
    }

    public void Dispose() => TestEnvironment.DeleteDirectory(_root);

    [Fact]
    public async Task HardcodedPair_FailsTheBuild_FormatFixesIt_AndTheAppReadsTheInjectedCredential()
    {
        string original = File.ReadAllText(_source);
        (int idLine, int idStart, int idEnd) = Locate(original, AccessKeyId);
        (int secretLine, int secretStart, int secretEnd) = Locate(original, AccessKeySecret);

        // 1. The build fails, with both rules on the literals' lines and nothing else.
        ProcessResult failed = await Dotnet("build", _project, "-tl:off", "-nologo", "--disable-build-servers");
        Assert.True(failed.ExitCode != 0, "The build should fail on the hardcoded AccessKey. " + failed.Describe());
        List<Diagnostic> errors = Diagnostics(failed.Output).Where(d => d.Severity == "error").Distinct().ToList();
        Assert.True(errors.Count > 0, "No file(line,col) errors found. " + failed.Describe());
        Diagnostic id = Assert.Single(errors, d => d.Id == "DEVCRED001");
        Diagnostic secret = Assert.Single(errors, d => d.Id == "DEVCRED002");
        Assert.Equal(_source, id.File);
        Assert.Equal(idLine, id.Line);
        Assert.InRange(id.Column, idStart, idEnd);
        Assert.Equal(_source, secret.File);
        Assert.Equal(secretLine, secret.Line);
        Assert.InRange(secret.Column, secretStart, secretEnd);
        Assert.All(errors, d => Assert.StartsWith("DEVCRED00", d.Id));

        // The restore took the package just packed, not a copy of an earlier pack of the same version.
        string version = TestEnvironment.PackageVersion;
        string restored = Path.Combine(_environment["NUGET_PACKAGES"]!, "devcred.analyzers", version, $"devcred.analyzers.{version}.nupkg");
        Assert.True(File.Exists(restored), $"{restored} is missing: the package did not come from the test feed.");
        Assert.Equal(File.ReadAllBytes(_package.PackagePath), File.ReadAllBytes(restored));

        // 2. The code fix, applied the way a user applies it from the command line.
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

        // 3. The fixed project builds clean.
        ProcessResult built = await Dotnet("build", _project, "-tl:off", "-nologo", "--disable-build-servers");
        Assert.True(built.ExitCode == 0, "The fixed consumer should build. " + built.Describe());
        Assert.DoesNotContain("DEVCRED", built.Output);
        string output = Path.Combine(Path.GetDirectoryName(_project)!, "bin", "Debug", "net10.0");
        AssertRuntimeCameFromTheNet80Folder(Path.Combine(output, "DevCred.Runtime.dll"));

        // 4. Run against a credentials service on 127.0.0.1: the app gets what the service served.
        await using var server = new LoopbackCredentialsServer();
        var environment = new Dictionary<string, string?>(_environment)
        {
            ["ALIBABA_CLOUD_CREDENTIALS_URI"] = server.Uri.ToString(),
        };
        ProcessResult run = await DotnetCli.RunAsync(
            _root, environment, RunTimeout, Path.Combine(output, "Consumer.dll"));
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains($"AccessKeyId={server.AccessKeyId}\n", run.Output);
        Assert.Contains($"SecurityTokenLength={server.SecurityToken.Length}\n", run.Output);
        Assert.Contains($"AccessKeySecretLength={server.AccessKeySecret.Length}\n", run.Output);
        Assert.True(server.RequestCount >= 1, "The consumer never called the credentials service.");
    }

    private Task<ProcessResult> Dotnet(params string[] arguments)
        => DotnetCli.RunAsync(_root, _environment, BuildTimeout, arguments);

    private void AssertRuntimeCameFromTheNet80Folder(string builtRuntime)
    {
        Assert.True(File.Exists(builtRuntime), $"{builtRuntime} was not copied to the consumer's output.");
        using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);
        using Stream packed = archive.GetEntry("lib/net8.0/DevCred.Runtime.dll")!.Open();
        using var expected = new MemoryStream();
        packed.CopyTo(expected);
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(builtRuntime));
    }

    private void WriteConsumer(string projectDirectory)
    {
        // Fences against whatever a parent of the temp folder might hold.
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"),
            "<Project><PropertyGroup><ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps></PropertyGroup></Project>\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />\n");

        string globalPackages = GlobalPackagesFolder();
        string fallback = Directory.Exists(globalPackages) && !Directory.Exists(Path.Combine(globalPackages, "devcred.analyzers"))
            ? $"""<fallbackPackageFolders><add key="global-packages" value="{globalPackages}" /></fallbackPackageFolders>"""
            : "";
        File.WriteAllText(Path.Combine(_root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="devcred-test-feed" value="{_package.Feed}" />
              </packageSources>
              {fallback}
            </configuration>
            """);

        File.WriteAllText(_project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DevCred.Analyzers" Version="{TestEnvironment.PackageVersion}" />
              </ItemGroup>
            </Project>
            """);

        File.WriteAllText(_source, $$"""
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

            """);
    }

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

    private static string GlobalPackagesFolder()
    {
        string? configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return string.IsNullOrEmpty(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : configured;
    }

    private static IEnumerable<Diagnostic> Diagnostics(string output)
        => DiagnosticLine.Matches(output).Select(match => new Diagnostic(
            Path.GetFullPath(match.Groups["file"].Value.Trim()),
            int.Parse(match.Groups["line"].Value),
            int.Parse(match.Groups["column"].Value),
            match.Groups["severity"].Value,
            match.Groups["id"].Value));

    private sealed record Diagnostic(string File, int Line, int Column, string Severity, string Id);
}
