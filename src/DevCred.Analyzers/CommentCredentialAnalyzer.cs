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
        SourceText source = context.Tree.GetText(context.CancellationToken);
        foreach (SyntaxTrivia trivia in root.DescendantTrivia(descendIntoTrivia: false))
        {
            // Every shape holds a run of at least 16 letters and digits; prose comments are skipped without allocating.
            if (!CommentTrivia.IsScanned(trivia) || !HasLongAlphanumericRun(source, trivia.FullSpan))
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

    private static bool HasLongAlphanumericRun(SourceText source, TextSpan span)
    {
        int run = 0;
        for (int i = span.Start; i < span.End; i++)
        {
            run = Text.CharClass.IsBase62(source[i]) ? run + 1 : 0;
            if (run >= Text.AccessKeyIdShape.MinimumLength)
            {
                return true;
            }
        }

        return false;
    }
}
