using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DevCred.Analyzers.Tests.Verifiers;

internal static class TestReferences
{
    public static ReferenceAssemblies Net80 { get; } = ReferenceAssemblies.Net.Net80;

    /// <summary>The shim as users reference it from the package's lib folder (copied next to the tests by the project reference).</summary>
    public static MetadataReference DevCredRuntime { get; } =
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "DevCred.Runtime.dll"));
}
