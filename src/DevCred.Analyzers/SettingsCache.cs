using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers;

/// <summary>Parses the options of each tree once per compilation; nothing outlives the compilation.</summary>
internal sealed class SettingsCache
{
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly ConcurrentDictionary<SyntaxTree, AnalyzerSettings> _byTree = new();

    public SettingsCache(AnalyzerOptions options) => _provider = options.AnalyzerConfigOptionsProvider;

    public AnalyzerSettings For(SyntaxTree tree) => _byTree.GetOrAdd(tree, t => AnalyzerSettings.Read(_provider, t));
}
