using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DevCred.Analyzers;

/// <summary>"Read STS credentials from the DevCred runtime" for DEVCRED001, DEVCRED002 and DEVCRED003.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseStsCredentialFixer))]
[Shared]
public sealed class UseStsCredentialFixer : CodeFixProvider
{
    public const string Title = "Read STS credentials from the DevCred runtime";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(
            DiagnosticIds.HardcodedAccessKeyId,
            DiagnosticIds.HardcodedAccessKeySecret,
            DiagnosticIds.HardcodedStsCredential);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            if (!await ReferencesRuntimeAsync(document, context.CancellationToken).ConfigureAwait(false))
            {
                return document;
            }

            return await StsCredentialRewriter.RewriteAsync(document, diagnostics.Select(d => d.Location.SourceSpan), context.CancellationToken).ConfigureAwait(false);
        });

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (!await ReferencesRuntimeAsync(context.Document, context.CancellationToken).ConfigureAwait(false)
            || await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false) is not { } root)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (StsCredentialRewriter.FindStringNode(root, diagnostic.Location.SourceSpan) is { } node && StsCredentialRewriter.CanFix(node))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        cancellationToken => StsCredentialRewriter.RewriteAsync(context.Document, new[] { diagnostic.Location.SourceSpan }, cancellationToken),
                        equivalenceKey: nameof(UseStsCredentialFixer)),
                    diagnostic);
            }
        }
    }

    private static async Task<bool> ReferencesRuntimeAsync(Document document, System.Threading.CancellationToken cancellationToken)
    {
        Compilation? compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        return compilation?.GetTypeByMetadataName(RuntimeNames.ProviderMetadataName) is not null;
    }
}
