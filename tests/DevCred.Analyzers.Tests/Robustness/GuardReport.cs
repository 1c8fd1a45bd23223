using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DevCred.Analyzers.Tests.Robustness;

/// <summary>What one guard run saw: counts for the test output, and every failure with enough context to reproduce it.</summary>
internal sealed class GuardReport
{
    private const int ListedFailures = 20;

    private readonly SortedDictionary<string, int> _diagnostics = new();

    public int Inputs { get; set; }

    public int InputsThatCompile { get; set; }

    public int FixesOffered { get; set; }

    public int FixesApplied { get; set; }

    public int FixAllApplied { get; set; }

    public int CompileChecks { get; set; }

    public List<string> AnalyzerExceptions { get; } = new();

    public List<string> GeneratorExceptions { get; } = new();

    public List<string> FixExceptions { get; } = new();

    public List<string> BrokenCompilations { get; } = new();

    public int TotalDiagnostics => _diagnostics.Values.Sum();

    public IEnumerable<string> Failures
        => AnalyzerExceptions.Select(f => "analyzer exception: " + f)
            .Concat(GeneratorExceptions.Select(f => "generator exception: " + f))
            .Concat(FixExceptions.Select(f => "fix exception: " + f))
            .Concat(BrokenCompilations.Select(f => "fix broke compiling code: " + f));

    public void CountDiagnostic(string id)
        => _diagnostics[id] = _diagnostics.TryGetValue(id, out int count) ? count + 1 : 1;

    public string Summary(string title)
    {
        var text = new StringBuilder();
        text.AppendLine($"{title}: {Inputs} inputs ({InputsThatCompile} compile without errors)");
        text.AppendLine($"  diagnostics: {TotalDiagnostics} ({string.Join(", ", _diagnostics.Select(p => p.Key + "=" + p.Value))})");
        text.AppendLine($"  fixes offered {FixesOffered}, applied {FixesApplied}, Fix All applied {FixAllApplied}, compile checks {CompileChecks}");
        text.AppendLine($"  analyzer exceptions {AnalyzerExceptions.Count}, generator exceptions {GeneratorExceptions.Count}, fix exceptions {FixExceptions.Count}, broken compilations {BrokenCompilations.Count}");
        foreach (string failure in Failures.Take(ListedFailures))
        {
            text.AppendLine("  " + failure);
        }

        return text.ToString();
    }
}
