using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace DevCred.Package.Tests;

/// <summary>One diagnostic line of MSBuild output: <c>file(line,column): severity ID: message</c>.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id);

/// <summary>
/// A temporary folder holding a consumer project written from scratch. It takes DevCred.Analyzers from the test
/// feed, as a user would, and restores into a NuGet packages folder of its own, so that no copy of an earlier pack
/// of the same version (in the global packages folder) can stand in for the one under test. Other packages come
/// from the global packages folder as a fallback when it holds no DevCred.Analyzers, else from NuGet.
/// </summary>
internal sealed class ConsumerWorkspace : IDisposable
{
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private static readonly Regex DiagnosticLine = new(
        @"^[ \t]*(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+[0-9]+):",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public ConsumerWorkspace(PackageFixture package, string purpose, string projectName = "Consumer")
    {
        Package = package;
        Root = TestEnvironment.CreateTemporaryDirectory(purpose);
        ProjectDirectory = Path.Combine(Root, projectName);
        Directory.CreateDirectory(ProjectDirectory);
        Project = Path.Combine(ProjectDirectory, projectName + ".csproj");
        NuGetPackages = Path.Combine(Root, "nuget-packages");
        Environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = NuGetPackages,
            ["ALIBABA_CLOUD_CREDENTIALS_URI"] = null,
            ["DEVCRED_CREDENTIALS_FILE"] = Path.Combine(Root, "no-credentials-file.json"),
        };
        WriteFences();
    }

    public PackageFixture Package { get; }

    public string Root { get; }

    public string ProjectDirectory { get; }

    public string Project { get; }

    public string NuGetPackages { get; }

    public Dictionary<string, string?> Environment { get; }

    public void Dispose() => TestEnvironment.DeleteDirectory(Root);

    /// <summary>A path relative to the project folder, for readable assertion messages.</summary>
    public string Relative(string path) => Path.GetRelativePath(ProjectDirectory, path);

    /// <summary>Writes the consumer's project file: an executable for net10.0 that references the package.</summary>
    public void WriteProject(string extraProperties = "", string extraItems = "")
        => File.WriteAllText(Project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <NuGetAudit>false</NuGetAudit>
            {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DevCred.Analyzers" Version="{TestEnvironment.PackageVersion}" />
            {extraItems}
              </ItemGroup>
            </Project>
            """);

    /// <summary>Writes a file at a path relative to the project folder (it may lead out of it) and returns its full path.</summary>
    public string WriteFile(string relativePath, string content)
    {
        string path = Path.GetFullPath(Path.Combine(ProjectDirectory, relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public Task<ProcessResult> Dotnet(params string[] arguments)
        => DotnetCli.RunAsync(Root, Environment, BuildTimeout, arguments);

    /// <summary><c>dotnet build</c> of the consumer with plain console output and no build servers left behind.</summary>
    public Task<ProcessResult> Build(params string[] arguments)
        => Dotnet(new[] { "build", Project, "-tl:off", "-nologo", "--disable-build-servers" }.Concat(arguments).ToArray());

    /// <summary>Each diagnostic once (MSBuild repeats errors and warnings in its summary), with full paths.</summary>
    public static List<BuildDiagnostic> Diagnostics(string output)
        => DiagnosticLine.Matches(output)
            .Select(match => new BuildDiagnostic(
                Path.GetFullPath(match.Groups["file"].Value.Trim()),
                int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value),
                match.Groups["severity"].Value,
                match.Groups["id"].Value))
            .Distinct()
            .ToList();

    /// <summary>The 1-based line and column where <paramref name="value"/> starts in a file.</summary>
    public static (int Line, int Column) Locate(string path, string value)
    {
        string[] lines = File.ReadAllText(path).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int index = lines[i].IndexOf(value, StringComparison.Ordinal);
            if (index >= 0)
            {
                return (i + 1, index + 1);
            }
        }

        throw new InvalidOperationException($"{value} is not in {path}.");
    }

    /// <summary>Asserts that the consumer restored the package just packed, not a copy of an earlier pack.</summary>
    public void AssertRestoredThePackageUnderTest()
    {
        string version = TestEnvironment.PackageVersion;
        string restored = Path.Combine(NuGetPackages, "devcred.analyzers", version, $"devcred.analyzers.{version}.nupkg");
        Assert.True(File.Exists(restored), $"{restored} is missing: the package did not come from the test feed.");
        Assert.Equal(File.ReadAllBytes(Package.PackagePath), File.ReadAllBytes(restored));
    }

    private void WriteFences()
    {
        // Fences against whatever a parent of the temp folder might hold.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"),
            "<Project><PropertyGroup><ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps></PropertyGroup></Project>\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");

        string globalPackages = GlobalPackagesFolder();
        string fallback = Directory.Exists(globalPackages) && !Directory.Exists(Path.Combine(globalPackages, "devcred.analyzers"))
            ? $"""<fallbackPackageFolders><add key="global-packages" value="{globalPackages}" /></fallbackPackageFolders>"""
            : "";
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="devcred-test-feed" value="{Package.Feed}" />
              </packageSources>
              {fallback}
            </configuration>
            """);
    }

    private static string GlobalPackagesFolder()
    {
        string? configured = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return string.IsNullOrEmpty(configured)
            ? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : configured;
    }
}
