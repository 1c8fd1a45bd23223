using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DevCred.Analyzers;

/// <summary>
/// DEVCRED001–003: "Read STS credentials from the DevCred runtime" and "Read from environment variables".
/// One provider registers both, in the order the credential mode asks for, because command-line tools
/// (<c>dotnet format analyzers</c>) apply the first action of the first provider and ignore ExtensionOrder.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedCredentialFixer))]
[Shared]
public sealed class HardcodedCredentialFixer : CodeFixProvider
{
    public const string StsTitle = "Read STS credentials from the DevCred runtime";
    public const string EnvironmentTitle = "Read from environment variables";
    public const string StsKey = "DevCred.UseStsCredential";
    public const string EnvironmentKey = "DevCred.UseEnvironmentVariables";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.HardcodedAccessKeyId,
        DiagnosticIds.HardcodedAccessKeySecret,
        DiagnosticIds.HardcodedStsCredential);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            CredentialSource source = context.CodeActionEquivalenceKey == EnvironmentKey ? CredentialSource.Environment : CredentialSource.Runtime;
            if (source == CredentialSource.Runtime && !await ReferencesRuntimeAsync(document, context.CancellationToken).ConfigureAwait(false))
            {
                return document;
            }

            return await CredentialRewriter.RewriteAsync(document, diagnostics.Select(d => d.Location.SourceSpan), source, context.CancellationToken).ConfigureAwait(false);
        });

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false) is not { } root)
        {
            return;
        }

        bool runtime = await ReferencesRuntimeAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
        bool environmentFirst = CredentialMode.IsAccessKey(
            context.Document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(root.SyntaxTree));

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (CredentialRewriter.FindReportedNode(root, diagnostic.Location.SourceSpan) is not { } node
                || !await CredentialRewriter.CanFixAsync(context.Document, node, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            CodeAction sts = Create(context, diagnostic, StsTitle, StsKey, CredentialSource.Runtime);
            CodeAction environment = Create(context, diagnostic, EnvironmentTitle, EnvironmentKey, CredentialSource.Environment);
            if (environmentFirst || !runtime)
            {
                context.RegisterCodeFix(environment, diagnostic);
            }

            if (runtime)
            {
                context.RegisterCodeFix(sts, diagnostic);
            }

            if (!environmentFirst && runtime)
            {
                context.RegisterCodeFix(environment, diagnostic);
            }
        }
    }

    private static CodeAction Create(CodeFixContext context, Diagnostic diagnostic, string title, string key, CredentialSource source)
        => CodeAction.Create(
            title,
            cancellationToken => CredentialRewriter.RewriteAsync(context.Document, new[] { diagnostic.Location.SourceSpan }, source, cancellationToken),
            key);

    private static async Task<bool> ReferencesRuntimeAsync(Document document, CancellationToken cancellationToken)
    {
        Compilation? compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        return compilation?.GetTypeByMetadataName(RuntimeNames.ProviderMetadataName) is not null;
    }
}
