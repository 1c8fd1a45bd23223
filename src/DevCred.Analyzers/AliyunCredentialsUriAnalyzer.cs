using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DevCred.Analyzers;

/// <summary>
/// DEVCRED008: Aliyun.Credentials' credentials_uri provider returns null keys (source of 1.5.3 and earlier, reproduced
/// at run time), so every use of it, and the default chain where the URI is the only source, signs with nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AliyunCredentialsUriAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Global option: the first Aliyun.Credentials version that copies the keys; from it on the rule is silent.</summary>
    public const string FixedVersionKey = "devcred.aliyun_credentials_fixed_version";

    /// <summary>Option: <c>dataworks</c> says the code runs where the credentials URI is injected.</summary>
    public const string EnvironmentKey = "devcred.environment";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AliyunCredentialsUri);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Nothing is registered in a compilation without Aliyun.Credentials, or with a version that is fixed.
            if (AliyunCredentialsTypes.Find(start.Compilation) is not { } types || IsFixed(start.Options, types.Version))
            {
                return;
            }

            var dataWorks = new System.Collections.Concurrent.ConcurrentDictionary<SyntaxTree, bool>();
            bool RunsInDataWorks(OperationAnalysisContext c) => dataWorks.GetOrAdd(
                c.Operation.Syntax.SyntaxTree,
                tree => c.Options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(EnvironmentKey, out string? value)
                    && string.Equals(value.Trim(), "dataworks", StringComparison.OrdinalIgnoreCase));

            start.RegisterOperationAction(AnalyzerGuard.Wrap(c => AnalyzeCreation(c, types, RunsInDataWorks)), OperationKind.ObjectCreation);
            start.RegisterOperationAction(AnalyzerGuard.Wrap(c => AnalyzeAssignment(c, types)), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(AnalyzerGuard.Wrap(c => AnalyzeInvocation(c, types)), OperationKind.Invocation);
        });
    }

    private static bool IsFixed(AnalyzerOptions options, Version? referenced)
        => referenced is not null
        && options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(FixedVersionKey, out string? text)
        && Version.TryParse(text.Trim(), out Version? fixedVersion)
        && referenced >= fixedVersion;

    private static void AnalyzeCreation(OperationAnalysisContext context, AliyunCredentialsTypes types, Func<OperationAnalysisContext, bool> runsInDataWorks)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        if (SymbolEqualityComparer.Default.Equals(type, types.UrlProvider))
        {
            Report(context, creation.Syntax, "URLCredentialProvider");
        }
        else if (SymbolEqualityComparer.Default.Equals(type, types.Client) && UsesDefaultChain(creation) && runsInDataWorks(context))
        {
            Report(context, creation.Syntax, "The default credential chain (new Client() or Client(null))");
        }
    }

    /// <summary><c>Type = "credentials_uri"</c> or <c>CredentialsURI = …</c>, in an initializer or as a statement.</summary>
    private static void AnalyzeAssignment(OperationAnalysisContext context, AliyunCredentialsTypes types)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { } property }
            || !SymbolEqualityComparer.Default.Equals(property.ContainingType, types.Config))
        {
            return;
        }

        if (property.Name == "Type"
            && assignment.Value.ConstantValue is { HasValue: true, Value: string value }
            && string.Equals(value, AliyunCredentialsTypes.CredentialsUriType, StringComparison.OrdinalIgnoreCase))
        {
            Report(context, assignment.Syntax, "Config with Type = \"credentials_uri\"");
        }
        else if (property.Name == "CredentialsURI")
        {
            Report(context, assignment.Syntax, "Config with CredentialsURI");
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, AliyunCredentialsTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is { Name: "Builder", IsStatic: true } method
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.UrlProvider))
        {
            Report(context, invocation.Syntax, "URLCredentialProvider.Builder()");
        }
    }

    private static bool UsesDefaultChain(IObjectCreationOperation creation)
        => creation.Arguments.Length == 0
        || (creation.Arguments.Length == 1 && creation.Arguments[0].Value is { ConstantValue: { HasValue: true, Value: null } });

    private static void Report(OperationAnalysisContext context, SyntaxNode node, string what)
        => context.ReportDiagnostic(Diagnostic.Create(Descriptors.AliyunCredentialsUri, node.GetLocation(), what));
}
