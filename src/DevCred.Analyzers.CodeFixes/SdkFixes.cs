using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using DevCred.Analyzers.Bridges;
using DevCred.Analyzers.Sdk;

namespace DevCred.Analyzers;

/// <summary>The rewrites of DEVCRED005, one per SDK shape, each landing on the best STS form that SDK allows.</summary>
internal sealed class SdkFixes
{
    private const string AliyunClient = "Aliyun.Credentials.Client";

    private readonly DocumentEditor _editor;
    private readonly SemanticModel _semanticModel;
    private readonly CredentialSnapshots _snapshots;
    private readonly CancellationToken _cancellationToken;

    public SdkFixes(DocumentEditor editor, SemanticModel semanticModel, CredentialSnapshots snapshots, CancellationToken cancellationToken)
    {
        _editor = editor;
        _semanticModel = semanticModel;
        _snapshots = snapshots;
        _cancellationToken = cancellationToken;
    }

    /// <summary>True when <paramref name="sdk"/> at <paramref name="node"/> has a fix in this compilation.</summary>
    public static bool CanFix(string sdk, SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        Compilation compilation = semanticModel.Compilation;
        if (compilation.GetTypeByMetadataName(RuntimeNames.ProviderMetadataName) is null || !PositionalOnly(node))
        {
            return false;
        }

        return sdk switch
        {
            SdkCatalog.OpenApiConfig or SdkCatalog.RpcConfig or SdkCatalog.RoaConfig
                => compilation.GetTypeByMetadataName(AliyunCredentialsBridgeGenerator.BridgeMetadataName) is not null && node is AssignmentExpressionSyntax,
            SdkCatalog.OssTeaConfig or SdkCatalog.CredentialsConfig => node.Parent is InitializerExpressionSyntax,
            "Aliyun.OSS.OssClient" => compilation.GetTypeByMetadataName(OssCredentialsBridgeGenerator.BridgeMetadataName) is not null,
            "Aliyun.Acs.Core.Auth.AccessKeyCredentialProvider" => compilation.GetTypeByMetadataName(AcsCredentialsBridgeGenerator.BridgeMetadataName) is not null,
            "AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider"
                or "Aliyun.Api.LogService.Infrastructure.Protocol.Http.HttpLogServiceClientBuilder"
                or "Aliyun.Api.LogService.Infrastructure.Authentication.Credential"
                or "Aliyun.Api.LOG.LogClient"
                or "Aliyun.MNS.MNSClient"
                or "Aliyun.OSS.Common.Authentication.DefaultCredentials"
                or "AlibabaCloud.OSS.V2.Credentials.Credentials" => true,
            "Aliyun.Acs.Core.Auth.BasicCredentials" => AcceptsSessionCredentials(node, semanticModel, cancellationToken),
            _ => false,
        };
    }

    /// <summary>
    /// BasicSessionCredentials is not a BasicCredentials: the rewrite is offered only where the value goes to something
    /// both convert to (AlibabaCloudCredentials, var, object), not to a variable or parameter typed BasicCredentials.
    /// </summary>
    private static bool AcceptsSessionCredentials(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        INamedTypeSymbol? session = semanticModel.Compilation.GetTypeByMetadataName("Aliyun.Acs.Core.Auth.BasicSessionCredentials");
        if (session is null || node is not ExpressionSyntax creation)
        {
            return false;
        }

        bool Accepts(ExpressionSyntax value)
            => semanticModel.GetTypeInfo(value, cancellationToken).ConvertedType is { } target
            && semanticModel.Compilation.ClassifyConversion(session, target).IsImplicit;

        if (creation.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } } declarator })
        {
            return Accepts(creation);
        }

        // var changes type with the rewrite: every use of the local must take a BasicSessionCredentials too.
        ISymbol? local = semanticModel.GetDeclaredSymbol(declarator, cancellationToken);
        SyntaxNode scope = (SyntaxNode?)declarator.FirstAncestorOrSelf<BlockSyntax>() ?? declarator.SyntaxTree.GetRoot(cancellationToken);
        foreach (IdentifierNameSyntax use in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (use.Identifier.ValueText == declarator.Identifier.ValueText
                && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(use, cancellationToken).Symbol, local)
                && !Accepts(use))
            {
                return false;
            }
        }

        return true;
    }

    public void Apply(string sdk, SyntaxNode node)
    {
        switch (sdk)
        {
            case SdkCatalog.OpenApiConfig or SdkCatalog.RpcConfig or SdkCatalog.RoaConfig:
                UseCredentialClient((AssignmentExpressionSyntax)node);
                break;
            case SdkCatalog.CredentialsConfig when IsAliyunClientArgument(node):
                ReplaceClientArguments(node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>(IsAliyunClient)!, SdkSyntax.NewBridge(AliyunCredentialsBridgeGenerator.BridgeMetadataName));
                break;
            case SdkCatalog.OssTeaConfig or SdkCatalog.CredentialsConfig:
                UseStsConfig((InitializerExpressionSyntax)node.Parent!);
                break;
            case "Aliyun.OSS.OssClient":
                ReplaceCredentialArguments((BaseObjectCreationExpressionSyntax)node, SdkSyntax.NewBridge(OssCredentialsBridgeGenerator.BridgeMetadataName));
                break;
            case "Aliyun.Acs.Core.Auth.AccessKeyCredentialProvider":
                _editor.ReplaceNode(node, SdkSyntax.NewBridge(AcsCredentialsBridgeGenerator.BridgeMetadataName).WithTriviaFrom(node));
                break;
            case "AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider":
                _editor.ReplaceNode(node, SdkSyntax.Annotate(SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.ParseTypeName("AlibabaCloud.OSS.V2.Credentials.CredentialsProviderFunc"),
                    Arguments(_snapshots.PerRequestLambda(node, "AlibabaCloud.OSS.V2.Credentials.Credentials")),
                    null)).WithTriviaFrom(node));
                break;
            case "Aliyun.Api.LogService.Infrastructure.Protocol.Http.HttpLogServiceClientBuilder":
                var invocation = (InvocationExpressionSyntax)node;
                _editor.ReplaceNode(invocation.ArgumentList, Arguments(
                    _snapshots.PerRequestLambda(node, "Aliyun.Api.LogService.Infrastructure.Authentication.Credential")).WithTriviaFrom(invocation.ArgumentList));
                break;
            case "Aliyun.MNS.MNSClient" when _semanticModel.Compilation.GetTypeByMetadataName(MnsCredentialsBridgeGenerator.BridgeMetadataName) is not null:
                ReplaceCredentialArguments((BaseObjectCreationExpressionSyntax)node, SdkSyntax.NewBridge(MnsCredentialsBridgeGenerator.BridgeMetadataName));
                break;
            case "Aliyun.Acs.Core.Auth.BasicCredentials":
                ExpressionSyntax snapshot = _snapshots.For(node);
                _editor.ReplaceNode(node, SdkSyntax.Annotate(SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.ParseTypeName("Aliyun.Acs.Core.Auth.BasicSessionCredentials"),
                    Arguments(Member(snapshot, "AccessKeyId"), Member(snapshot, "AccessKeySecret"), Member(snapshot, "SecurityToken")),
                    null)).WithTriviaFrom(node));
                break;
            default:
                UseSnapshotArguments((BaseObjectCreationExpressionSyntax)node);
                break;
        }
    }

    private static bool PositionalOnly(SyntaxNode node)
        => node switch
        {
            BaseObjectCreationExpressionSyntax { ArgumentList: { } list } => list.Arguments.All(a => a.NameColon is null),
            InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments.All(a => a.NameColon is null),
            _ => true,
        };

    /// <summary>OpenApiClient: drop the pair and hand the client an Aliyun.Credentials client backed by DevCred.Runtime.</summary>
    private void UseCredentialClient(AssignmentExpressionSyntax keyAssignment)
    {
        ExpressionSyntax client = SdkSyntax.Annotate(SyntaxFactory.ParseExpression(
            $"new {AliyunClient}(new {AliyunCredentialsBridgeGenerator.BridgeMetadataName}())"));
        if (keyAssignment.Parent is InitializerExpressionSyntax initializer)
        {
            _editor.ReplaceNode(initializer, (current, _) =>
            {
                var updated = (InitializerExpressionSyntax)current;
                var kept = updated.Expressions.Where(e => !IsAssignmentTo(e, SdkCatalog.IdProperties) && !IsAssignmentTo(e, SdkCatalog.SecretProperties)).ToList();
                kept.Add(SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("Credential"), client));
                return updated.WithExpressions(WithTrailingCommaOf(updated.Expressions, kept));
            });
            return;
        }

        if (keyAssignment.Parent is not ExpressionStatementSyntax statement || keyAssignment.Left is not MemberAccessExpressionSyntax target)
        {
            return;
        }

        _editor.ReplaceNode(keyAssignment, SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            target.WithName(SyntaxFactory.IdentifierName("Credential")),
            client).WithTriviaFrom(keyAssignment));
        foreach (ExpressionStatementSyntax sibling in statement.Parent?.ChildNodes().OfType<ExpressionStatementSyntax>() ?? Enumerable.Empty<ExpressionStatementSyntax>())
        {
            if (sibling.Expression is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax other } secret
                && other.Expression.IsEquivalentTo(target.Expression)
                && SdkCatalog.SecretProperties.Contains(other.Name.Identifier.ValueText)
                && secret != keyAssignment)
            {
                _editor.RemoveNode(sibling);
            }
        }
    }

    /// <summary>Snapshot into a configuration object: ID, secret and token from one credential, and Type = "sts".</summary>
    private void UseStsConfig(InitializerExpressionSyntax initializer)
    {
        ExpressionSyntax snapshot = _snapshots.For(initializer);
        _editor.ReplaceNode(initializer, (current, _) =>
        {
            var updated = (InitializerExpressionSyntax)current;
            var expressions = updated.Expressions
                .Where(e => !IsAssignmentTo(e, new[] { "SecurityToken", "Type" }))
                .Select(e => e switch
                {
                    AssignmentExpressionSyntax a when IsAssignmentTo(a, SdkCatalog.IdProperties) => a.WithRight(Member(snapshot, "AccessKeyId")),
                    AssignmentExpressionSyntax a when IsAssignmentTo(a, SdkCatalog.SecretProperties) => a.WithRight(Member(snapshot, "AccessKeySecret")),
                    _ => e,
                })
                .ToList();
            expressions.Add(Assignment("SecurityToken", Member(snapshot, "SecurityToken")));
            expressions.Add(Assignment("Type", SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("sts"))));
            return updated.WithExpressions(WithTrailingCommaOf(updated.Expressions, expressions));
        });
    }

    /// <summary>Replaces the ID and secret arguments (adjacent) with one argument: a provider the SDK asks per request.</summary>
    private void ReplaceCredentialArguments(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax provider)
    {
        if (creation.ArgumentList is not { } list
            || _semanticModel.GetSymbolInfo(creation, _cancellationToken).Symbol is not IMethodSymbol method
            || !CredentialParameters.TryRead(method.Parameters, out CredentialParameters roles))
        {
            return;
        }

        int first = System.Math.Min(roles.Id, roles.Secret);
        var arguments = list.Arguments.Where((_, i) => i != roles.Id && i != roles.Secret).ToList();
        arguments.Insert(first, SyntaxFactory.Argument(provider));
        _editor.ReplaceNode(list, list.WithArguments(SyntaxFactory.SeparatedList(arguments)));
    }

    private void ReplaceClientArguments(BaseObjectCreationExpressionSyntax client, ExpressionSyntax provider)
        => _editor.ReplaceNode(client.ArgumentList!, SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(provider))));

    /// <summary>Construction-time SDKs: ID, secret and security token from one snapshot, through the token overload.</summary>
    private void UseSnapshotArguments(BaseObjectCreationExpressionSyntax creation)
    {
        if (creation.ArgumentList is not { } list
            || _semanticModel.GetSymbolInfo(creation, _cancellationToken).Symbol is not IMethodSymbol method
            || !CredentialParameters.TryRead(method.Parameters, out CredentialParameters roles))
        {
            return;
        }

        int tokenIndex = roles.Token;
        if (tokenIndex < 0)
        {
            tokenIndex = method.ContainingType.InstanceConstructors
                .Select(candidate => SecurityTokenCompletion.FindExtraTokenParameter(method, candidate))
                .FirstOrDefault(index => index >= 0);
            if (tokenIndex <= 0)
            {
                return;
            }
        }

        ExpressionSyntax snapshot = _snapshots.For(creation);
        var arguments = list.Arguments.ToList();
        arguments[roles.Id] = SyntaxFactory.Argument(Member(snapshot, "AccessKeyId"));
        arguments[roles.Secret] = SyntaxFactory.Argument(Member(snapshot, "AccessKeySecret"));
        ArgumentSyntax token = SyntaxFactory.Argument(Member(snapshot, "SecurityToken"));
        if (roles.Token >= 0 && roles.Token < arguments.Count)
        {
            arguments[roles.Token] = token;
        }
        else
        {
            arguments.Insert(System.Math.Min(tokenIndex, arguments.Count), token);
        }

        _editor.ReplaceNode(list, list.WithArguments(SyntaxFactory.SeparatedList(arguments)));
    }

    private bool IsAliyunClientArgument(SyntaxNode node)
        => node.Parent is InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax config }
        && config.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax client } }
        && IsAliyunClient(client);

    private bool IsAliyunClient(BaseObjectCreationExpressionSyntax creation)
        => _semanticModel.GetTypeInfo(creation, _cancellationToken).Type?.ToDisplayString() == AliyunClient;

    /// <summary>A new element list that ends with a comma when the original did; new commas are followed by a space.</summary>
    private static SeparatedSyntaxList<ExpressionSyntax> WithTrailingCommaOf(SeparatedSyntaxList<ExpressionSyntax> original, System.Collections.Generic.List<ExpressionSyntax> elements)
    {
        bool trailing = original.Count > 0 && original.SeparatorCount == original.Count;
        int separators = trailing ? elements.Count : elements.Count - 1;
        var commas = Enumerable.Range(0, System.Math.Max(0, separators)).Select(i => i < original.SeparatorCount
            ? original.GetSeparator(i)
            : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.ElasticSpace));
        return SyntaxFactory.SeparatedList(elements, commas);
    }

    private static bool IsAssignmentTo(ExpressionSyntax expression, string[] names)
        => expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } && names.Contains(identifier.Identifier.ValueText);

    private static AssignmentExpressionSyntax Assignment(string name, ExpressionSyntax value)
        => SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(name), value);

    private static ExpressionSyntax Member(ExpressionSyntax credential, string name)
        => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, credential, SyntaxFactory.IdentifierName(name));

    private static ArgumentListSyntax Arguments(params ExpressionSyntax[] values)
        => SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(values.Select(SyntaxFactory.Argument)));
}
