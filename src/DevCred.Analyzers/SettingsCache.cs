using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers;

/// <summary>Parses the options of each tree once per compilation; nothing outlives the compilation.</summary>
internal sealed class SettingsCache
{
    private readonly ConcurrentDictionary<SyntaxTree, AnalyzerSettings> _byTree = new();
    private readonly Func<SyntaxTree, AnalyzerSettings> _read;

    public SettingsCache(AnalyzerOptions options)
    {
        AnalyzerConfigOptionsProvider provider = options.AnalyzerConfigOptionsProvider;

        // One delegate per compilation, not one per lookup.
        _read = tree => AnalyzerSettings.Read(provider, tree);
    }

    public AnalyzerSettings For(SyntaxTree tree) => _byTree.TryGetValue(tree, out AnalyzerSettings settings) ? settings : _byTree.GetOrAdd(tree, _read);
}
