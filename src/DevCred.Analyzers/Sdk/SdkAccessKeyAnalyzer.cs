using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace DevCred.Analyzers.Sdk;

/// <summary>
/// DEVCRED005: any value (literal, configuration, options, environment, parameter) entering a long-term AccessKey
/// entry point of an Alibaba Cloud SDK without a security token.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SdkAccessKeyAnalyzer : DiagnosticAnalyzer
{
    public const string SdkProperty = "Sdk";
    public const string FixProperty = "Fix";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LongTermAccessKeyToSdk);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var members = new Dictionary<INamedTypeSymbol, List<SdkEntryPoint>>(SymbolEqualityComparer.Default);
            foreach (SdkEntryPoint entry in SdkCatalog.Members)
            {
                if (start.Compilation.GetTypeByMetadataName(entry.TypeName) is { } type)
                {
                    if (!members.TryGetValue(type, out List<SdkEntryPoint>? list))
                    {
                        members[type] = list = new List<SdkEntryPoint>();
                    }

                    list.Add(entry);
                }
            }

            var configs = new Dictionary<INamedTypeSymbol, SdkEntryPoint>(SymbolEqualityComparer.Default);
            foreach (KeyValuePair<string, SdkEntryPoint> entry in SdkCatalog.Configs)
            {
                if (start.Compilation.GetTypeByMetadataName(entry.Key) is { } type)
                {
                    configs[type] = entry.Value;
                }
            }

            var npgsql = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (string name in SdkCatalog.NpgsqlConnectionStringTypes)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is { } type)
                {
                    npgsql.Add(type);
                }
            }

            // A compilation that references no SDK gets no actions at all.
            if (members.Count == 0 && configs.Count == 0 && npgsql.Count == 0)
            {
                return;
            }

            var modes = new System.Collections.Concurrent.ConcurrentDictionary<SyntaxTree, bool>();
            bool Silent(OperationAnalysisContext c) => modes.GetOrAdd(
                c.Operation.Syntax.SyntaxTree,
                tree => CredentialMode.IsAccessKey(c.Options.AnalyzerConfigOptionsProvider.GetOptions(tree)));

            if (members.Count > 0)
            {
                start.RegisterOperationAction(
                    AnalyzerGuard.Wrap(c => { if (!Silent(c)) AnalyzeMember(c, members); }),
                    OperationKind.ObjectCreation,
                    OperationKind.Invocation);
            }

            if (npgsql.Count > 0)
            {
                start.RegisterOperationAction(
                    AnalyzerGuard.Wrap(c => { if (!Silent(c)) AnalyzeHologres(c, npgsql); }),
                    OperationKind.ObjectCreation,
                    OperationKind.Invocation);
            }

            if (configs.Count > 0)
            {
                start.RegisterOperationAction(
                    AnalyzerGuard.Wrap(c => { if (!Silent(c)) AnalyzeConfigCreation(c, configs); }),
                    OperationKind.ObjectCreation);
                start.RegisterOperationAction(
                    AnalyzerGuard.Wrap(c => { if (!Silent(c)) AnalyzeConfigAssignment(c, configs); }),
                    OperationKind.SimpleAssignment);
            }
        });
    }

    private static void AnalyzeMember(OperationAnalysisContext context, Dictionary<INamedTypeSymbol, List<SdkEntryPoint>> members)
    {
        (IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments) = context.Operation switch
        {
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            _ => (null, default),
        };

        if (method is null
            || !members.TryGetValue(method.ContainingType, out List<SdkEntryPoint>? entries)
            || SdkOwnCode.Contains(context.ContainingSymbol, method.ContainingType))
        {
            return;
        }

        SdkEntryPoint? entry = entries.FirstOrDefault(e => e.MethodName == (method.MethodKind == MethodKind.Constructor ? null : method.Name));
        if (entry is null || !CredentialParameters.TryRead(method.Parameters, out CredentialParameters roles) || PassesToken(arguments, roles))
        {
            return;
        }

        Report(context, ReportSpan(context.Operation.Syntax), entry, method.ContainingType.Name);
    }

    /// <summary>A constant Npgsql connection string to *.hologres.aliyuncs.com with a password is an AccessKey pair.</summary>
    private static void AnalyzeHologres(OperationAnalysisContext context, HashSet<INamedTypeSymbol> npgsql)
    {
        (IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments) = context.Operation switch
        {
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            _ => (null, default),
        };

        if (method is null || !npgsql.Contains(method.ContainingType))
        {
            return;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string text }
                && text.IndexOf(".hologres.aliyuncs.com", StringComparison.OrdinalIgnoreCase) >= 0
                && (text.IndexOf("Password=", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("PWD=", StringComparison.OrdinalIgnoreCase) >= 0))
            {
                Report(context, context.Operation.Syntax.Span, SdkCatalog.Hologres, method.ContainingType.Name);
                return;
            }
        }
    }

    /// <summary>A token parameter with a non-null argument makes the call STS.</summary>
    private static bool PassesToken(ImmutableArray<IArgumentOperation> arguments, CredentialParameters roles)
    {
        if (roles.Token < 0)
        {
            return false;
        }

        IArgumentOperation? token = arguments.FirstOrDefault(a => a.Parameter?.Ordinal == roles.Token);
        return token is not null
            && token.ArgumentKind != ArgumentKind.DefaultValue
            && !(token.Value.ConstantValue.HasValue && token.Value.ConstantValue.Value is null);
    }

    private static void AnalyzeConfigCreation(OperationAnalysisContext context, Dictionary<INamedTypeSymbol, SdkEntryPoint> configs)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type
            || !configs.TryGetValue(type, out SdkEntryPoint? entry)
            || creation.Initializer is null
            || SdkOwnCode.Contains(context.ContainingSymbol, type))
        {
            return;
        }

        var assigned = new Dictionary<string, IOperation>(StringComparer.Ordinal);
        foreach (IOperation initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                assigned[property.Property.Name] = assignment.Value;
            }
        }

        IOperation? keyAssignment = creation.Initializer.Initializers.FirstOrDefault(IsKeyAssignment);
        if (keyAssignment is null || IsSts(entry, assigned, creation.Syntax))
        {
            return;
        }

        Report(context, keyAssignment.Syntax.Span, entry, type.Name);
    }

    /// <summary><c>config.AccessKeyId = …;</c> on its own line, with no security token or credential set on the same variable.</summary>
    private static void AnalyzeConfigAssignment(OperationAnalysisContext context, Dictionary<INamedTypeSymbol, SdkEntryPoint> configs)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Parent is IObjectOrCollectionInitializerOperation
            || !IsKeyAssignment(assignment)
            || assignment.Target is not IPropertyReferenceOperation { Instance: { } instance, Property: { } property }
            || !configs.TryGetValue(property.ContainingType, out SdkEntryPoint? entry)
            || SdkOwnCode.Contains(context.ContainingSymbol, property.ContainingType)
            || !SdkCatalog.IdProperties.Contains(property.Name)
            || ReferencedName(instance) is not { } variable)
        {
            return;
        }

        SyntaxNode? body = assignment.Syntax.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
        bool sts = body is not null && body.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a =>
            a.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name: var name }
            && target.Identifier.ValueText == variable
            && (SdkCatalog.StsProperties.Contains(name.Identifier.ValueText) || (entry.TypeName == SdkCatalog.CredentialsConfig && name.Identifier.ValueText == "Type" && IsStsTypeAssignment(a))));
        if (!sts)
        {
            Report(context, assignment.Syntax.Span, entry, property.ContainingType.Name);
        }
    }

    private static bool IsStsTypeAssignment(AssignmentExpressionSyntax assignment)
        => assignment.Right is LiteralExpressionSyntax literal && literal.Token.ValueText is not ("access_key" or "ram_role_arn");

    private static string? ReferencedName(IOperation instance) => instance switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        _ => null,
    };

    private static bool IsKeyAssignment(IOperation operation)
        => operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property }
        && (SdkCatalog.IdProperties.Contains(property.Property.Name) || SdkCatalog.SecretProperties.Contains(property.Property.Name));

    private static bool IsSts(SdkEntryPoint entry, Dictionary<string, IOperation> assigned, SyntaxNode creation)
    {
        bool token = SdkCatalog.StsProperties.Any(assigned.ContainsKey);
        string? type = assigned.TryGetValue("Type", out IOperation? value) ? value.ConstantValue.Value as string : null;
        return entry.TypeName switch
        {
            // Aliyun.Credentials: "access_key" (or no Type) and "ram_role_arn" consume the long-term pair.
            SdkCatalog.CredentialsConfig => type is not null && type is not ("access_key" or "ram_role_arn"),

            // The Tea OSS client forces Type "access_key", which drops the token, unless Type is "sts".
            SdkCatalog.OssTeaConfig => token && string.Equals(type, "sts", StringComparison.OrdinalIgnoreCase),
            SdkCatalog.OtsClientConfig => false,
            _ => token,
        };
    }

    /// <summary>For a call on a builder chain, only the called member and its arguments, not the whole chain.</summary>
    private static TextSpan ReportSpan(SyntaxNode syntax)
        => syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
            ? TextSpan.FromBounds(access.Name.SpanStart, invocation.Span.End)
            : syntax.Span;

    private static void Report(OperationAnalysisContext context, TextSpan span, SdkEntryPoint entry, string member)
    {
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
            .Add(SdkProperty, entry.TypeName)
            .Add(FixProperty, entry.Fix.ToString());
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.LongTermAccessKeyToSdk,
            Location.Create(context.Operation.Syntax.SyntaxTree, span),
            properties,
            member,
            entry.Sdk,
            entry.Advice));
    }
}
