using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using DevCred.Analyzers.Syntax;

namespace DevCred.Analyzers;

/// <summary>"Mask the credential in the comment" for DEVCRED004: keeps the public prefix, stars the rest.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MaskCommentCredentialFixer))]
[Shared]
public sealed class MaskCommentCredentialFixer : CodeFixProvider
{
    public const string Title = "Mask the credential in the comment";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CredentialInComment);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) =>
            MaskAsync(document, diagnostics.Select(d => d.Location.SourceSpan), context.CancellationToken)!);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => MaskAsync(context.Document, new[] { diagnostic.Location.SourceSpan }, cancellationToken),
                    equivalenceKey: nameof(MaskCommentCredentialFixer)),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> MaskAsync(Document document, IEnumerable<TextSpan> spans, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        IEnumerable<TextChange> changes = spans
            .Distinct()
            .Where(span => span.End <= text.Length)
            .Select(span => new TextChange(span, CommentFindings.Masked(text.ToString(span))));
        return document.WithText(text.WithChanges(changes));
    }
}
