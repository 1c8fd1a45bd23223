using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers.Tests.Corpus;

/// <summary>Runs every DevCred analyzer over a snippet placed where it parses: a member, a statement or a file.</summary>
internal static class CorpusRunner
{
    private static readonly string[] Wrappers =
    {
        "using System; using System.Collections.Generic; using System.Text;\nclass Snippet\n{\n    void Run(string endpoint, string accessKeyId, string ak, string ts, string value)\n    {\n{0}\n    }\n}\n",
        "using System; using System.Collections.Generic; using System.Text;\nclass Snippet\n{\n{0}\n}\n",
        "using System; using System.Reflection;\n{0}\n",
        "using System;\nclass Snippet\n{\n    bool Run(string value)\n    {\n        switch (value)\n        {\n{0}\n        }\n        return false;\n    }\n}\n",
    };

    private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToImmutableArray();

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string snippet)
    {
        SyntaxTree tree = Wrappers
            .Select(w => CSharpSyntaxTree.ParseText(w.Replace("{0}", snippet), new CSharpParseOptions(LanguageVersion.Latest)))
            .FirstOrDefault(t => !t.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            ?? throw new InvalidOperationException("The snippet parses in no wrapper: " + snippet);

        var compilation = CSharpCompilation.Create("Corpus", new[] { tree }, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedCredentialAnalyzer(), new CommentCredentialAnalyzer());
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        AnalysisResult result = await compilation.WithAnalyzers(analyzers, options).GetAnalysisResultAsync(default);
        Diagnostic[] failures = result.CompilationDiagnostics.Values.SelectMany(d => d).Where(d => d.Id == "AD0001").ToArray();
        if (failures.Length > 0)
        {
            throw new InvalidOperationException("Analyzer exception: " + failures[0].GetMessage());
        }

        return result.GetAllDiagnostics().Where(d => d.Id.StartsWith("DEVCRED", StringComparison.Ordinal)).ToImmutableArray();
    }
}
