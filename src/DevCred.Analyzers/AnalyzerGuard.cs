using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

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
                FileLinePositionSpan span = context.Node.GetLocation().GetLineSpan();
                throw new InvalidOperationException(
                    $"DevCred.Analyzers failed on {context.Node.Kind()} at {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {exception.Message}",
                    exception);
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
                FileLinePositionSpan span = context.Operation.Syntax.GetLocation().GetLineSpan();
                throw new InvalidOperationException(
                    $"DevCred.Analyzers failed on {context.Operation.Kind} at {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {exception.Message}",
                    exception);
            }
        };
}
