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
        if (CommentScanner.HasConditionalDirectives(root))
        {
            // Code excluded by #if is trivia the text scan below does not look for: walk all trivia instead.
            foreach (SyntaxTrivia trivia in root.DescendantTrivia(descendIntoTrivia: false))
            {
                if (CommentTrivia.IsScanned(trivia) && HasLongAlphanumericRun(source, trivia.FullSpan.Start, trivia.FullSpan.End))
                {
                    Report(context, trivia, settings);
                }
            }

            return;
        }

        // Most files: find "//" and "/*" in the text and ask the tree only about those with a long alphanumeric run,
        // instead of visiting every token's trivia. Each line is scanned for runs once, however many "//" it holds
        // (URLs in strings): a line of slashes must not cost its length squared.
        var line = new CommentScanner.LineRuns(source);
        for (int position = 0; (position = CommentScanner.NextCandidate(source, position, out bool lineComment)) >= 0;)
        {
            context.CancellationToken.ThrowIfCancellationRequested();

            // A "//" line is checked for a long run before the tree is asked; a "/*" block is asked first.
            if ((!lineComment || line.HasCandidateRunFrom(position))
                && root.FindTrivia(position) is var trivia
                && CommentTrivia.IsScanned(trivia)
                && (lineComment || HasLongAlphanumericRun(source, trivia.FullSpan.Start, trivia.FullSpan.End)))
            {
                Report(context, trivia, settings);
                position = trivia.FullSpan.End;
                continue;
            }

            // Inside a string, or a comment of prose: the next "//" may start on the same line.
            position += 2;
        }
    }

    private static void Report(SyntaxTreeAnalysisContext context, SyntaxTrivia trivia, AnalyzerSettings settings)
    {
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

    /// <summary>Prose and identifiers are skipped without allocating the comment's text.</summary>
    private static bool HasLongAlphanumericRun(SourceText source, int start, int end)
        => CommentScanner.NextCandidateRun(source, start, end, out _) >= 0;
}
