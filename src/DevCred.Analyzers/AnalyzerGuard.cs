using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DevCred.Analyzers;

/// <summary>
/// Rethrows an exception escaping an analyzer action with the file, position and syntax kind,
/// because a bare AD0001 cannot be acted on.
/// </summary>
internal static class AnalyzerGuard
{
    public static Action<SyntaxNodeAnalysisContext> Wrap(Action<SyntaxNodeAnalysisContext> action)
        => context =>
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw Failure(context.Node.Kind().ToString(), context.Node.GetLocation().GetLineSpan(), exception);
            }
        };

    public static Action<OperationAnalysisContext> Wrap(Action<OperationAnalysisContext> action)
        => context =>
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw Failure(context.Operation.Kind.ToString(), context.Operation.Syntax.GetLocation().GetLineSpan(), exception);
            }
        };

    /// <summary>A tree action has no narrower position than the tree: the message names its root and its whole span.</summary>
    public static Action<SyntaxTreeAnalysisContext> Wrap(Action<SyntaxTreeAnalysisContext> action)
        => context =>
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                SyntaxTree tree = context.Tree;
                throw Failure(
                    tree.TryGetRoot(out SyntaxNode? root) ? root.Kind().ToString() : nameof(SyntaxKind.CompilationUnit),
                    tree.GetLineSpan(new TextSpan(0, tree.Length)),
                    exception);
            }
        };

    public static Action<AdditionalFileAnalysisContext> Wrap(Action<AdditionalFileAnalysisContext> action)
        => context =>
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                SourceText? text = context.AdditionalFile.GetText(context.CancellationToken);
                LinePositionSpan lines = text is null
                    ? default
                    : text.Lines.GetLinePositionSpan(new TextSpan(0, text.Length));
                throw Failure("AdditionalFile", new FileLinePositionSpan(context.AdditionalFile.Path, lines), exception);
            }
        };

    private static InvalidOperationException Failure(string kind, FileLinePositionSpan span, Exception exception)
        => new(
            $"DevCred.Analyzers failed on {kind} at {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})"
            + $"-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {exception.GetType().Name}: {exception.Message}",
            exception);
}
