using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using DevCred.Analyzers.Bridges;

namespace DevCred.Analyzers;

/// <summary>
/// DEVCRED008: hands <c>Aliyun.Credentials.Client</c> the generated DevCred provider instead of a credentials_uri
/// configuration or the default chain, so OpenApiClient's <c>Config.Credential</c> keeps working and refreshes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDevCredCredentialsProviderFixer))]
[Shared]
public sealed class UseDevCredCredentialsProviderFixer : CodeFixProvider
{
    public const string Title = "Read the credentials URI through DevCred.Runtime";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AliyunCredentialsUri);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) =>
            RewriteAsync(document, diagnostics.Select(d => d.Location.SourceSpan), context.CancellationToken)!);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel?.Compilation.GetTypeByMetadataName(AliyunCredentialsBridgeGenerator.BridgeMetadataName) is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (FindClientCreation(root, diagnostic.Location.SourceSpan, semanticModel, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        cancellationToken => RewriteAsync(context.Document, new[] { diagnostic.Location.SourceSpan }, cancellationToken),
                        equivalenceKey: nameof(UseDevCredCredentialsProviderFixer)),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The <c>new Aliyun.Credentials.Client(…)</c> that the reported code configures: the creation itself, or the
    /// one whose argument is the reported Config. A Config built elsewhere and passed later is left alone.
    /// </summary>
    private static BaseObjectCreationExpressionSyntax? FindClientCreation(SyntaxNode root, TextSpan span, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        SyntaxNode node = root.FindNode(span, getInnermostNodeForTie: true);
        foreach (BaseObjectCreationExpressionSyntax creation in node.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>())
        {
            if (semanticModel.GetTypeInfo(creation, cancellationToken).Type is INamedTypeSymbol type
                && type.ToDisplayString() == AliyunCredentialsTypes.ClientName)
            {
                return creation;
            }
        }

        return null;
    }

    private static async Task<Document> RewriteAsync(Document document, IEnumerable<TextSpan> spans, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SemanticModel semanticModel = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);

        var creations = new HashSet<BaseObjectCreationExpressionSyntax>();
        foreach (TextSpan span in spans)
        {
            if (FindClientCreation(root, span, semanticModel, cancellationToken) is { } creation)
            {
                creations.Add(creation);
            }
        }

        foreach (BaseObjectCreationExpressionSyntax creation in creations)
        {
            ExpressionSyntax bridge = SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.ParseTypeName("DevCred.Runtime.Bridges.DevCredAliyunCredentialsProvider")
                        .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation))
                .WithArgumentList(SyntaxFactory.ArgumentList());
            ArgumentListSyntax arguments = SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(bridge)));
            editor.ReplaceNode(creation, creation.WithArgumentList(arguments).WithInitializer(null).WithAdditionalAnnotations(Formatter.Annotation));
        }

        return await FixCleanup.FinishAsync(editor, cancellationToken).ConfigureAwait(false);
    }
}
