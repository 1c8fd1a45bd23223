using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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
            start.RegisterSyntaxNodeAction(AnalyzerGuard.Wrap(c => AnalyzeString(c, settings)), StringLiterals.Kinds);
            start.RegisterSyntaxNodeAction(AnalyzerGuard.Wrap(c => AnalyzeFoldedValue(c, settings)), FoldedValues.Kinds);
        });
    }

    private static void AnalyzeString(SyntaxNodeAnalysisContext context, SettingsCache settings)
    {
        if (!StringLiterals.TryGetText(context.Node, out string text) || !CredentialFinder.MayHoldCredential(text))
        {
            return;
        }

        Report(context, text, CredentialFindings.Find(context.Node, text, context.SemanticModel, settings.For(context.Node.SyntaxTree), context.CancellationToken));
    }

    /// <summary>Reports a value assembled from pieces once, where it is assembled, unless one piece already holds it.</summary>
    private static void AnalyzeFoldedValue(SyntaxNodeAnalysisContext context, SettingsCache settings)
    {
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

        Report(context, text, findings);
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

    private static void Report(SyntaxNodeAnalysisContext context, string text, IReadOnlyList<CredentialFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        Location location = context.Node.GetLocation();
        foreach (CredentialFinding finding in findings)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(finding, text, location));
        }
    }
}
