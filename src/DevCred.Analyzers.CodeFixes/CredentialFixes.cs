using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DevCred.Analyzers;

/// <summary>What the two credential fixes share: the rules they fix and how they offer themselves.</summary>
internal static class CredentialFixes
{
    public static readonly ImmutableArray<string> FixableIds = ImmutableArray.Create(
        DiagnosticIds.HardcodedAccessKeyId,
        DiagnosticIds.HardcodedAccessKeySecret,
        DiagnosticIds.HardcodedStsCredential);

    public static async Task RegisterAsync(CodeFixContext context, string title, string equivalenceKey, CredentialSource source)
    {
        if (await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false) is not { } root)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (CredentialRewriter.FindReportedNode(root, diagnostic.Location.SourceSpan) is { } node
                && await CredentialRewriter.CanFixAsync(context.Document, node, context.CancellationToken).ConfigureAwait(false))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        cancellationToken => CredentialRewriter.RewriteAsync(context.Document, new[] { diagnostic.Location.SourceSpan }, source, cancellationToken),
                        equivalenceKey),
                    diagnostic);
            }
        }
    }
}
