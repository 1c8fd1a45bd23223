using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using DevCred.Analyzers.Sdk;

namespace DevCred.Analyzers;

/// <summary>DEVCRED005: "Use STS credentials from DevCred.Runtime" in the best form the SDK allows.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseStsForSdkFixer))]
[Shared]
public sealed class UseStsForSdkFixer : CodeFixProvider
{
    public const string Title = "Use STS credentials from DevCred.Runtime";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LongTermAccessKeyToSdk);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => RewriteAsync(document, diagnostics, context.CancellationToken)!);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(SdkAccessKeyAnalyzer.SdkProperty, out string? sdk) && sdk is not null
                && SdkFixes.CanFix(sdk, Find(root, diagnostic), semanticModel, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => RewriteAsync(context.Document, ImmutableArray.Create(diagnostic), ct), nameof(UseStsForSdkFixer)),
                    diagnostic);
            }
        }
    }

    private static SyntaxNode Find(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

    private static async Task<Document> RewriteAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SemanticModel semanticModel = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var fixes = new SdkFixes(editor, semanticModel, new CredentialSnapshots(editor, semanticModel, root), cancellationToken);

        var seen = new HashSet<SyntaxNode>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            SyntaxNode node = Find(root, diagnostic);
            if (diagnostic.Properties.TryGetValue(SdkAccessKeyAnalyzer.SdkProperty, out string? sdk) && sdk is not null
                && seen.Add(node) && SdkFixes.CanFix(sdk, node, semanticModel, cancellationToken))
            {
                fixes.Apply(sdk, node);
            }
        }

        return await FixCleanup.FinishAsync(editor, cancellationToken).ConfigureAwait(false);
    }
}
