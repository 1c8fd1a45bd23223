using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
            bool Silent(SyntaxNodeAnalysisContext c) => modes.GetOrAdd(
                c.Node.SyntaxTree,
                tree => CredentialMode.IsAccessKey(c.Options.AnalyzerConfigOptionsProvider.GetOptions(tree)));

            // Syntax actions with a name check first: an operation action would make the driver build operation trees
            // for every method body of every compilation, and this rule needs no SDK to be referenced.
            start.RegisterSyntaxNodeAction(AnalyzerGuard.Wrap(c =>
            {
                var syntax = (InvocationExpressionSyntax)c.Node;
                if (CalledName(syntax.Expression) is not ("GetEnvironmentVariable" or "GetSection" or "GetValue")
                    || c.SemanticModel.GetOperation(syntax, c.CancellationToken) is not IInvocationOperation invocation)
                {
                    return;
                }

                IMethodSymbol method = invocation.TargetMethod;
                bool read = (method.Name == "GetEnvironmentVariable" && SymbolEqualityComparer.Default.Equals(method.ContainingType, environment))
                    || (method.Name == "GetSection" && IsConfiguration(method.ContainingType, configuration))
                    || (method.Name == "GetValue" && SymbolEqualityComparer.Default.Equals(method.ContainingType, binder));
                if (read && !Silent(c))
                {
                    ReportIfKeyName(c, invocation.Arguments);
                }
            }), SyntaxKind.InvocationExpression);

            if (configuration is not null)
            {
                start.RegisterSyntaxNodeAction(AnalyzerGuard.Wrap(c =>
                {
                    var syntax = (ElementAccessExpressionSyntax)c.Node;
                    if (syntax.ArgumentList.Arguments.Count == 1
                        && c.SemanticModel.GetOperation(syntax, c.CancellationToken) is IPropertyReferenceOperation { Property.IsIndexer: true } indexer
                        && IsConfiguration(indexer.Property.ContainingType, configuration)
                        && !Silent(c))
                    {
                        ReportIfKeyName(c, indexer.Arguments);
                    }
                }), SyntaxKind.ElementAccessExpression);
            }
        });
    }

    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    private static bool IsConfiguration(INamedTypeSymbol type, INamedTypeSymbol? configuration)
        => configuration is not null
        && (SymbolEqualityComparer.Default.Equals(type, configuration) || type.AllInterfaces.Contains(configuration, SymbolEqualityComparer.Default));

    private static void ReportIfKeyName(SyntaxNodeAnalysisContext context, ImmutableArray<IArgumentOperation> arguments)
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
