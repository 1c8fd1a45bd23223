using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using DevCred.Analyzers.Syntax;

namespace DevCred.Analyzers;

/// <summary>Reports AccessKeys, STS credentials and security tokens in comments (DEVCRED004).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CommentCredentialAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CredentialInComment);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxTreeAction(AnalyzerGuard.Wrap(AnalyzeTree));
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        AnalyzerSettings settings = AnalyzerSettings.Read(context.Options.AnalyzerConfigOptionsProvider, context.Tree);
        if (!settings.ScanComments)
        {
            return;
        }

        SyntaxNode root = context.Tree.GetRoot(context.CancellationToken);
        foreach (SyntaxTrivia trivia in root.DescendantTrivia(descendIntoTrivia: false))
        {
            if (!CommentTrivia.IsScanned(trivia))
            {
                continue;
            }

            string text = trivia.ToFullString();
            foreach (CredentialFinding finding in CommentFindings.Find(text, settings))
            {
                var location = Location.Create(context.Tree, new TextSpan(trivia.FullSpan.Start + finding.Start, finding.Length));
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.CredentialInComment,
                    location,
                    CommentFindings.Describe(finding.Kind),
                    DiagnosticFactory.Mask(finding, text)));
            }
        }
    }
}
