using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
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

    public override ImmutableArray<string> FixableDiagnosticIds => CredentialFixes.FixableIds;

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) =>
            await ReferencesRuntimeAsync(document, context.CancellationToken).ConfigureAwait(false)
                ? await CredentialRewriter.RewriteAsync(document, diagnostics.Select(d => d.Location.SourceSpan), CredentialSource.Runtime, context.CancellationToken).ConfigureAwait(false)
                : document);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await ReferencesRuntimeAsync(context.Document, context.CancellationToken).ConfigureAwait(false))
        {
            await CredentialFixes.RegisterAsync(context, Title, nameof(UseStsCredentialFixer), CredentialSource.Runtime).ConfigureAwait(false);
        }
    }

    private static async Task<bool> ReferencesRuntimeAsync(Document document, CancellationToken cancellationToken)
    {
        Compilation? compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        return compilation?.GetTypeByMetadataName(RuntimeNames.ProviderMetadataName) is not null;
    }
}
