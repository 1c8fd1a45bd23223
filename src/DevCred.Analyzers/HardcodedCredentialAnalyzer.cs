using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using DevCred.Analyzers.Syntax;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers;

/// <summary>Reports long-term AccessKey IDs (DEVCRED001) and secrets (DEVCRED002) held in string literals.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedCredentialAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardcodedAccessKeyId, Descriptors.HardcodedAccessKeySecret);

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is analysed too: a key in a generated file leaks with the repository all the same.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzerGuard.Wrap(AnalyzeString), StringLiterals.Kinds);
    }

    private static void AnalyzeString(SyntaxNodeAnalysisContext context)
    {
        if (!StringLiterals.TryGetText(context.Node, out string text) || !CredentialFinder.MayHoldCredential(text))
        {
            return;
        }

        Location? location = null;
        if (CredentialFinder.MayHoldAccessKeyId(text))
        {
            int index = 0;
            while ((index = AccessKeyIdShape.FindNext(text, index, out int length)) >= 0)
            {
                location ??= context.Node.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.HardcodedAccessKeyId,
                    location,
                    Masking.AccessKeyId(text, index, length)));
                index += length;
            }
        }

        if (CredentialFinder.IsAccessKeySecret(context.Node, text, context.SemanticModel, context.CancellationToken))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HardcodedAccessKeySecret,
                location ?? context.Node.GetLocation(),
                Masking.Secret(text, 0, text.Length)));
        }
    }
}
