using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace DevCred.Analyzers;

/// <summary>The last steps of every rewrite: add the imports generated names need, shorten them, format new code.</summary>
internal static class FixCleanup
{
    public static async Task<Document> FinishAsync(DocumentEditor editor, CancellationToken cancellationToken)
    {
        Document changed = editor.GetChangedDocument();
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        bool malformed = (await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))?.ContainsDiagnostics ?? false;
        try
        {
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException) when (malformed)
        {
            // Roslyn's name simplifier can fail on half-typed code (an attribute where a parameter list lost its '(':
            // "Node's parent was null"). The fix still applies, with fully qualified names; the annotations go too, or
            // the host's own clean-up after the code action would run the simplifier again and fail the same way.
            SyntaxNode root = (await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            changed = changed.WithSyntaxRoot(root.ReplaceNodes(
                root.GetAnnotatedNodes(Simplifier.Annotation),
                (_, rewritten) => rewritten.WithoutAnnotations(Simplifier.Annotation)));
        }

        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
