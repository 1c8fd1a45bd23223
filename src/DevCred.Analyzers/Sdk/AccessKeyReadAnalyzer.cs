using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DevCred.Analyzers.Sdk;

/// <summary>
/// DEVCRED006: reads of long-term AccessKey names through Environment.GetEnvironmentVariable or IConfiguration
/// (indexer, GetSection, GetValue).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AccessKeyReadAnalyzer : DiagnosticAnalyzer
{
    private const string ConfigurationInterface = "Microsoft.Extensions.Configuration.IConfiguration";
    private const string ConfigurationBinder = "Microsoft.Extensions.Configuration.ConfigurationBinder";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LongTermAccessKeyRead);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? environment = start.Compilation.GetTypeByMetadataName("System.Environment");
            INamedTypeSymbol? configuration = start.Compilation.GetTypeByMetadataName(ConfigurationInterface);
            INamedTypeSymbol? binder = start.Compilation.GetTypeByMetadataName(ConfigurationBinder);
            var modes = new ConcurrentDictionary<SyntaxTree, bool>();
            bool Silent(OperationAnalysisContext c) => modes.GetOrAdd(
                c.Operation.Syntax.SyntaxTree,
                tree => CredentialMode.IsAccessKey(c.Options.AnalyzerConfigOptionsProvider.GetOptions(tree)));

            start.RegisterOperationAction(AnalyzerGuard.Wrap(c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                IMethodSymbol method = invocation.TargetMethod;
                bool read = (method.Name == "GetEnvironmentVariable" && SymbolEqualityComparer.Default.Equals(method.ContainingType, environment))
                    || (method.Name == "GetSection" && IsConfiguration(method.ContainingType, configuration))
                    || (method.Name == "GetValue" && SymbolEqualityComparer.Default.Equals(method.ContainingType, binder));
                if (read && !Silent(c))
                {
                    ReportIfKeyName(c, invocation.Arguments);
                }
            }), OperationKind.Invocation);

            if (configuration is not null)
            {
                start.RegisterOperationAction(AnalyzerGuard.Wrap(c =>
                {
                    var indexer = (IPropertyReferenceOperation)c.Operation;
                    if (indexer.Property.IsIndexer && IsConfiguration(indexer.Property.ContainingType, configuration) && !Silent(c))
                    {
                        ReportIfKeyName(c, indexer.Arguments);
                    }
                }), OperationKind.PropertyReference);
            }
        });
    }

    private static bool IsConfiguration(INamedTypeSymbol type, INamedTypeSymbol? configuration)
        => configuration is not null
        && (SymbolEqualityComparer.Default.Equals(type, configuration) || type.AllInterfaces.Contains(configuration, SymbolEqualityComparer.Default));

    private static void ReportIfKeyName(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments)
    {
        if (SdkOwnCode.IsVendorNamespace(context.ContainingSymbol))
        {
            return;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String
                && argument.Value.ConstantValue is { HasValue: true, Value: string name }
                && AccessKeyNames.IsLongTermKey(name))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.LongTermAccessKeyRead, argument.Value.Syntax.GetLocation(), name));
                return;
            }
        }
    }
}
