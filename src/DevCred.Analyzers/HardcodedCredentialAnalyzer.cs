using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using DevCred.Analyzers.Syntax;

namespace DevCred.Analyzers;

/// <summary>
/// Reports long-term AccessKey IDs (DEVCRED001), AccessKey secrets (DEVCRED002) and STS credentials (DEVCRED003)
/// held in string literals, or assembled from constants or characters.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedCredentialAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.HardcodedAccessKeyId,
        Descriptors.HardcodedAccessKeySecret,
        Descriptors.HardcodedStsCredential);

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is analysed too: a key in a generated file leaks with the repository all the same.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var settings = new SettingsCache(start.Options);
            start.RegisterSyntaxNodeAction(AnalyzerGuard.Wrap(c => AnalyzeString(c, c.Node, settings)), StringLiterals.LiteralKinds);
            start.RegisterSyntaxNodeAction(AnalyzerGuard.Wrap(c => AnalyzeFoldedValue(c, settings)), FoldedValues.Kinds);
        });
    }

    /// <summary>A literal, or one text part of an interpolated string.</summary>
    private static void AnalyzeString(SyntaxNodeAnalysisContext context, SyntaxNode node, SettingsCache settings)
    {
        if (!StringLiterals.TryGetText(node, out string text) || !CredentialFinder.MayHoldCredential(text))
        {
            return;
        }

        Report(context, node, text, CredentialFindings.Find(node, text, context.SemanticModel, settings.For(node.SyntaxTree), context.CancellationToken));
    }

    /// <summary>Reports a value assembled from pieces once, where it is assembled, unless one piece already holds it.</summary>
    private static void AnalyzeFoldedValue(SyntaxNodeAnalysisContext context, SettingsCache settings)
    {
        if (context.Node is InterpolatedStringExpressionSyntax interpolated)
        {
            foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
            {
                if (content is InterpolatedStringTextSyntax part)
                {
                    AnalyzeString(context, part, settings);
                }
            }
        }

        if (!FoldedValues.TryGetText(context.Node, context.SemanticModel, context.CancellationToken, out string text)
            || !CredentialFinder.MayHoldCredential(text))
        {
            return;
        }

        var findings = new List<CredentialFinding>();
        AnalyzerSettings treeSettings = settings.For(context.Node.SyntaxTree);
        foreach (CredentialFinding finding in CredentialFindings.Find(context.Node, text, context.SemanticModel, treeSettings, context.CancellationToken))
        {
            if (!IsReportedByAPiece(context.Node, text.Substring(finding.Start, finding.Length)))
            {
                findings.Add(finding);
            }
        }

        Report(context, context.Node, text, findings);
    }

    private static bool IsReportedByAPiece(SyntaxNode node, string credential)
    {
        foreach (SyntaxNode piece in node.DescendantNodes())
        {
            if (StringLiterals.TryGetText(piece, out string text) && text.Contains(credential))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(SyntaxNodeAnalysisContext context, SyntaxNode node, string text, IReadOnlyList<CredentialFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        Location location = node.GetLocation();
        foreach (CredentialFinding finding in findings)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(finding, text, location));
        }
    }
}
