using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer, fixer and generator the package ships, found by reflection so that a rule added later is
/// covered without touching these tests.
/// </summary>
internal static class DevCredComponents
{
    public static Assembly AnalyzerAssembly { get; } = typeof(HardcodedCredentialAnalyzer).Assembly;

    public static Assembly FixerAssembly { get; } = typeof(HardcodedCredentialFixer).Assembly;

    public static ImmutableArray<Type> AnalyzerTypes { get; } = ConcreteTypes<DiagnosticAnalyzer>(AnalyzerAssembly);

    public static ImmutableArray<Type> FixerTypes { get; } = ConcreteTypes<CodeFixProvider>(FixerAssembly);

    public static ImmutableArray<Type> GeneratorTypes { get; } = AnalyzerAssembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetCustomAttribute<GeneratorAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers()
        => AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> CreateFixers()
        => FixerTypes.Select(t => (CodeFixProvider)Activator.CreateInstance(t)!).ToImmutableArray();

    public static ImmutableArray<ISourceGenerator> CreateGenerators()
        => GeneratorTypes
            .Select(t => Activator.CreateInstance(t)!)
            .Select(g => g as ISourceGenerator ?? ((IIncrementalGenerator)g).AsSourceGenerator())
            .ToImmutableArray();

    private static ImmutableArray<Type> ConcreteTypes<TBase>(Assembly assembly)
        => assembly.GetTypes()
            .Where(t => typeof(TBase).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToImmutableArray();
}
