using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace DevCred.Package.Tests;

[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private static readonly string[] ExpectedAssets =
    [
        "analyzers/dotnet/cs/DevCred.Analyzers.dll",
        "analyzers/dotnet/cs/DevCred.Analyzers.CodeFixes.dll",
        "build/DevCred.Analyzers.targets",
        "buildTransitive/DevCred.Analyzers.targets",
        "buildTransitive/DevCred.Analyzers.None.globalconfig",
        "buildTransitive/DevCred.Analyzers.Relaxed.globalconfig",
        "buildTransitive/DevCred.Analyzers.Strict.globalconfig",
        "lib/netstandard2.0/DevCred.Runtime.dll",
        "lib/netstandard2.0/DevCred.Runtime.xml",
        "lib/net8.0/DevCred.Runtime.dll",
        "lib/net8.0/DevCred.Runtime.xml",
    ];

    private readonly PackageFixture _package;

    public PackageLayoutTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public void Nupkg_HoldsTheAnalyzersAndTheRuntimePerTargetFramework_AndNothingElseThatLoads()
    {
        using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);
        string[] entries = archive.Entries.Select(entry => entry.FullName).ToArray();

        string[] assets = entries
            .Where(name => name.StartsWith("analyzers/", StringComparison.Ordinal)
                || name.StartsWith("lib/", StringComparison.Ordinal)
                || name.StartsWith("build", StringComparison.Ordinal)
                || name.StartsWith("ref/", StringComparison.Ordinal)
                || name.StartsWith("runtimes/", StringComparison.Ordinal)
                || name.StartsWith("tools/", StringComparison.Ordinal)
                || name.StartsWith("content", StringComparison.Ordinal)
                || name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(ExpectedAssets.OrderBy(name => name, StringComparer.Ordinal), assets);
        Assert.Contains("PACKAGE.md", entries);

        foreach (string asset in ExpectedAssets)
        {
            Assert.True(archive.GetEntry(asset)!.Length > 0, $"{asset} is empty");
        }

        // Two builds of the runtime, not one file copied twice.
        Assert.NotEqual(ReadAll(archive, "lib/netstandard2.0/DevCred.Runtime.dll"), ReadAll(archive, "lib/net8.0/DevCred.Runtime.dll"));
    }

    [Fact]
    public async Task Nuspec_DeclaresTheRuntimeDependenciesPerTargetFramework_AndNoCompilerDependency()
    {
        XElement metadata = ReadNuspec().Element(Nuspec("metadata"))!;
        Dictionary<string, string> versions = CentralPackageVersions();

        Assert.Equal("DevCred.Analyzers", metadata.Element(Nuspec("id"))?.Value);
        Assert.Equal(TestEnvironment.PackageVersion, metadata.Element(Nuspec("version"))?.Value);
        Assert.NotEqual("true", metadata.Element(Nuspec("developmentDependency"))?.Value?.Trim().ToLowerInvariant());

        List<XElement> groups = metadata.Element(Nuspec("dependencies"))!.Elements(Nuspec("group")).ToList();
        Assert.Equal(
            new[] { ".NETStandard2.0", "net8.0" },
            groups.Select(group => (string)group.Attribute("targetFramework")!).OrderBy(name => name, StringComparer.Ordinal));

        // Each group is exactly what the runtime project references for that framework, at the central versions...
        string[] netStandard = Dependencies(groups, ".NETStandard2.0");
        string[] net80 = Dependencies(groups, "net8.0");
        Assert.Equal(await RuntimePackageReferences("netstandard2.0", versions), netStandard);
        Assert.Equal(await RuntimePackageReferences("net8.0", versions), net80);

        // ...and holds at least what the runtime needs on each framework.
        Assert.Superset(
            Expected(versions, "Microsoft.Bcl.AsyncInterfaces", "Microsoft.Extensions.Logging.Abstractions", "System.Text.Json").ToHashSet(),
            netStandard.ToHashSet());
        Assert.Superset(Expected(versions, "Microsoft.Extensions.Logging.Abstractions").ToHashSet(), net80.ToHashSet());
        Assert.DoesNotContain(net80, dependency => dependency.StartsWith("System.Text.Json ", StringComparison.Ordinal));

        IEnumerable<string> allIds = metadata.Descendants(Nuspec("dependency")).Select(dependency => (string)dependency.Attribute("id")!);
        Assert.DoesNotContain(allIds, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(allIds, id => id.StartsWith("DevCred.", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Nuspec_CarriesLicenseReadmeTagsAndRepository()
    {
        XElement metadata = ReadNuspec().Element(Nuspec("metadata"))!;

        XElement license = metadata.Element(Nuspec("license"))!;
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Equal("PACKAGE.md", metadata.Element(Nuspec("readme"))?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(Nuspec("description"))?.Value));
        string tags = metadata.Element(Nuspec("tags"))?.Value ?? "";
        Assert.Contains("analyzers", tags.Split(' '));
        Assert.Contains("sts", tags.Split(' '));
        Assert.Equal("git", (string?)metadata.Element(Nuspec("repository"))?.Attribute("type"));
    }

    [Fact]
    public void BuildTargets_DirectAndTransitive_ImportTheSameFile()
    {
        using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);
        XElement direct = XDocument.Parse(ReadText(archive, "build/DevCred.Analyzers.targets")).Root!;
        XElement import = Assert.Single(direct.Elements("Import"));
        Assert.Equal("$(MSBuildThisFileDirectory)../buildTransitive/DevCred.Analyzers.targets", (string?)import.Attribute("Project"));
        Assert.DoesNotContain(direct.Elements(), element => element.Name.LocalName != "Import");

        // The transitive targets are the ones that do the work.
        XElement transitive = XDocument.Parse(ReadText(archive, "buildTransitive/DevCred.Analyzers.targets")).Root!;
        Assert.Contains(transitive.Elements("Target"), target => (string?)target.Attribute("Name") == "DevCredAddConfigurationFiles");
        foreach (string mode in new[] { "Strict", "Relaxed", "None" })
        {
            Assert.Contains(
                transitive.Descendants("EditorConfigFiles"),
                item => (string?)item.Attribute("Include") == $"$(MSBuildThisFileDirectory)DevCred.Analyzers.{mode}.globalconfig"
                    && ((string?)item.Parent!.Attribute("Condition"))!.Contains($"== '{mode}'", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AnalysisModeGlobalConfigs_AreLowLevelGlobalConfigs_ThatSetTheSeveritiesDocumented()
    {
        Dictionary<string, Dictionary<string, string>> documented = SeverityTable.Read();
        Assert.Equal(
            Enumerable.Range(1, 8).Select(n => $"DEVCRED{n:000}"),
            documented.Keys.OrderBy(id => id, StringComparer.Ordinal));

        using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);
        Assert.DoesNotContain(archive.Entries, entry => entry.FullName.Contains("Default", StringComparison.Ordinal));
        foreach (string mode in new[] { "Strict", "Relaxed", "None" })
        {
            (Dictionary<string, string> severities, Dictionary<string, string> keys) =
                SeverityTable.ParseGlobalConfig(ReadText(archive, $"buildTransitive/DevCred.Analyzers.{mode}.globalconfig"));
            Assert.Equal("true", keys["is_global"]);
            Assert.True(int.Parse(keys["global_level"]) <= -1, $"{mode}: global_level {keys["global_level"]} would not yield to the project's own configuration.");
            Assert.Equal(2, keys.Count);

            // A rule the file does not name keeps its default severity.
            foreach ((string id, Dictionary<string, string> perMode) in documented)
            {
                string effective = severities.TryGetValue(id, out string? set) ? set : perMode["Default"];
                Assert.True(perMode[mode] == effective, $"{mode}: {id} is {effective} in the package but {perMode[mode]} in {SeverityTable.DocumentPath}.");
            }

            Assert.All(severities.Keys, id => Assert.Contains(id, documented.Keys));
        }
    }

    private static string ReadText(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static XName Nuspec(string localName) => XName.Get(localName, "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd");

    private XElement ReadNuspec()
    {
        using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);
        ZipArchiveEntry entry = Assert.Single(archive.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using Stream stream = entry.Open();
        return XDocument.Load(stream).Root!;
    }

    private static byte[] ReadAll(ZipArchive archive, string name)
    {
        using Stream stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Dictionary<string, string> CentralPackageVersions()
        => XDocument.Load(TestEnvironment.CentralPackageVersions)
            .Descendants("PackageVersion")
            .ToDictionary(item => (string)item.Attribute("Include")!, item => (string)item.Attribute("Version")!);

    /// <summary>The runtime project's own package references for one framework, as "id version".</summary>
    private static async Task<string[]> RuntimePackageReferences(string framework, Dictionary<string, string> versions)
    {
        string runtimeProject = Path.Combine(TestEnvironment.RepositoryRoot, "src", "DevCred.Runtime", "DevCred.Runtime.csproj");
        ProcessResult result = await DotnetCli.RunAsync(
            TestEnvironment.RepositoryRoot,
            new Dictionary<string, string?>(),
            TimeSpan.FromMinutes(2),
            "msbuild", runtimeProject, "-getItem:PackageReference", $"-p:TargetFramework={framework}", "-nologo");
        Assert.True(result.ExitCode == 0, result.Describe());

        using JsonDocument json = JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("Items").GetProperty("PackageReference").EnumerateArray()
            .Where(item => !IsTrue(item, "IsImplicitlyDefined") && !Is(item, "PrivateAssets", "all"))
            .Select(item => item.GetProperty("Identity").GetString()!)
            .Select(id => $"{id} {versions[id]}")
            .OrderBy(text => text, StringComparer.Ordinal)
            .ToArray();

        static bool IsTrue(JsonElement item, string name) => Is(item, name, "true");

        static bool Is(JsonElement item, string name, string value)
            => item.TryGetProperty(name, out JsonElement property)
                && string.Equals(property.GetString(), value, StringComparison.OrdinalIgnoreCase);
    }

    private static string[] Expected(Dictionary<string, string> versions, params string[] ids)
        => ids.Select(id => $"{id} {versions[id]}").OrderBy(text => text, StringComparer.Ordinal).ToArray();

    private static string[] Dependencies(List<XElement> groups, string framework)
        => groups.Single(group => (string)group.Attribute("targetFramework")! == framework)
            .Elements(Nuspec("dependency"))
            .Select(dependency => $"{(string)dependency.Attribute("id")!} {(string)dependency.Attribute("version")!}")
            .OrderBy(text => text, StringComparer.Ordinal)
            .ToArray();
}
