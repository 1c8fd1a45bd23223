using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace DevCred.Package.Tests;

/// <summary>Facts the build baked into this assembly: where the repository is and which version it packs.</summary>
internal static class TestEnvironment
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

    public static string PackageVersion { get; } = Metadata("PackageVersion");

    public static string PackageProject { get; } =
        Path.Combine(RepositoryRoot, "src", "DevCred.Analyzers.Package", "DevCred.Analyzers.Package.csproj");

    public static string CentralPackageVersions { get; } = Path.Combine(RepositoryRoot, "Directory.Packages.props");

    /// <summary>Set DEVCRED_KEEP_TEST_FILES=1 to keep the temporary folders for a look after a failure.</summary>
    public static bool KeepFiles => Environment.GetEnvironmentVariable("DEVCRED_KEEP_TEST_FILES") == "1";

    public static string CreateTemporaryDirectory(string purpose)
    {
        string path = Path.Combine(Path.GetTempPath(), $"devcred-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void DeleteDirectory(string path)
    {
        if (KeepFiles || !Directory.Exists(path))
        {
            return;
        }

        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A process that has just exited may still hold a file for a moment; the temp folder is cleaned later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Metadata(string key)
        => typeof(TestEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value
            ?? throw new InvalidOperationException($"The build did not record {key}.");
}
