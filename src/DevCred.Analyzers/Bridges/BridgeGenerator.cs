using System.Linq;
using Microsoft.CodeAnalysis;

namespace DevCred.Analyzers.Bridges;

/// <summary>
/// A source generator that emits one internal adapter from DevCred.Runtime to an SDK's credential hook, only into
/// compilations that reference both (and do not declare the adapter already). DevCred.Runtime itself depends on no
/// SDK package.
/// </summary>
public abstract class BridgeGenerator : IIncrementalGenerator
{
    public const string RuntimeProviderName = "DevCred.Runtime.StsCredentialProvider";

    public const string RuntimeAssemblyName = "DevCred.Runtime";

    protected abstract string BridgeName { get; }

    protected abstract string[] RequiredTypes { get; }

    protected abstract string Source { get; }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        string bridge = BridgeName;
        string[] required = RequiredTypes;
        string source = Source;
        IncrementalValueProvider<bool> applies = context.CompilationProvider.Select((compilation, _) =>
            ReferencesRuntime(compilation)
            && compilation.GetTypeByMetadataName(RuntimeProviderName) is not null
            && compilation.GetTypeByMetadataName(bridge) is null
            && required.All(name => compilation.GetTypeByMetadataName(name) is not null));

        context.RegisterSourceOutput(applies, (output, apply) =>
        {
            if (apply)
            {
                output.AddSource(bridge.Substring(bridge.LastIndexOf('.') + 1) + ".g.cs", source);
            }
        });
    }

    /// <summary>
    /// Assembly names first: most compilations do not reference DevCred.Runtime, and a first type lookup in a fresh
    /// compiler process reads the type tables of every referenced assembly (about 0.1 s), which would then show up as
    /// this generator's time instead of the compiler's.
    /// </summary>
    private static bool ReferencesRuntime(Compilation compilation)
    {
        foreach (AssemblyIdentity identity in compilation.ReferencedAssemblyNames)
        {
            if (identity.Name == RuntimeAssemblyName)
            {
                return true;
            }
        }

        return false;
    }
}
