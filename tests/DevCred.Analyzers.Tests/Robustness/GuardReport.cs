using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DevCred.Analyzers.Tests.Robustness;

/// <summary>What one guard run saw: counts for the test output, and every failure with enough context to reproduce it.</summary>
internal sealed class GuardReport
{
    private const int ListedFailures = 20;
    private const int ListedSlowest = 5;

    private readonly SortedDictionary<string, int> _diagnostics = new();

    private readonly List<(string Label, TimeSpan Elapsed)> _slowest = new();

    public int Inputs { get; set; }

    /// <summary>Inputs with at least one diagnostic that a fixer handles.</summary>
    public int FixableInputs { get; set; }

    /// <summary>Of those, the ones that compile without errors: their fixed versions must compile too.</summary>
    public int FixableInputsThatCompile { get; set; }

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

    /// <summary>Keeps the slowest inputs, so that a run that creeps towards its time budget says why.</summary>
    public void Time(string label, TimeSpan elapsed)
    {
        _slowest.Add((label, elapsed));
        _slowest.Sort((a, b) => b.Elapsed.CompareTo(a.Elapsed));
        if (_slowest.Count > ListedSlowest)
        {
            _slowest.RemoveAt(ListedSlowest);
        }
    }

    public void CountDiagnostic(string id)
        => _diagnostics[id] = _diagnostics.TryGetValue(id, out int count) ? count + 1 : 1;

    public string Summary(string title)
    {
        var text = new StringBuilder();
        text.AppendLine($"{title}: {Inputs} inputs, {FixableInputs} with fixable diagnostics ({FixableInputsThatCompile} of them compile without errors)");
        text.AppendLine($"  diagnostics: {TotalDiagnostics} ({string.Join(", ", _diagnostics.Select(p => p.Key + "=" + p.Value))})");
        text.AppendLine($"  fixes offered {FixesOffered}, applied {FixesApplied}, Fix All applied {FixAllApplied}, compile checks {CompileChecks}");
        text.AppendLine($"  analyzer exceptions {AnalyzerExceptions.Count}, generator exceptions {GeneratorExceptions.Count}, fix exceptions {FixExceptions.Count}, broken compilations {BrokenCompilations.Count}");
        text.AppendLine("  slowest: " + string.Join("; ", _slowest.Select(s => $"{s.Label} {s.Elapsed.TotalMilliseconds:F0} ms")));
        foreach (string failure in Failures.Take(ListedFailures))
        {
            text.AppendLine("  " + failure);
        }

        return text.ToString();
    }
}
