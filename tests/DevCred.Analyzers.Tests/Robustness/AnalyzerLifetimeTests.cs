using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DevCred.Analyzers.Tests.StandIns;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace DevCred.Analyzers.Tests.Robustness;

/// <summary>
/// Nothing outlives a compilation (RS1008): no analyzer field and no static field of the analyzer assembly holds
/// compilation-bound objects or can be reassigned; and options are read once per tree or per file, not per node.
/// </summary>
public sealed class AnalyzerLifetimeTests
{
    private static readonly Type[] CompilationBound =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(IOperation),
        typeof(AnalyzerOptions), typeof(AnalyzerConfigOptions), typeof(AnalyzerConfigOptionsProvider), typeof(AdditionalText), typeof(SourceText),
    };

    private readonly ITestOutputHelper _output;

    public AnalyzerLifetimeTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void AnalyzerFields_HoldNoCompilationState()
    {
        var offences = new List<string>();
        foreach (Type type in DevCredComponents.AnalyzerTypes)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (!field.IsInitOnly || Holds(field.FieldType))
                {
                    offences.Add($"{type.Name}.{field.Name} ({field.FieldType.Name})");
                }
            }
        }

        _output.WriteLine($"{DevCredComponents.AnalyzerTypes.Length} analyzers checked");
        Assert.Empty(offences);
    }

    [Fact]
    public void StaticFields_AreReadOnlyAndHoldNoCompilationState()
    {
        var offences = new List<string>();
        int checkedFields = 0;
        foreach (Type type in DevCredComponents.AnalyzerAssembly.GetTypes().Where(t => !IsCompilerGenerated(t)))
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                checkedFields++;
                if ((!field.IsInitOnly && !field.IsLiteral) || Holds(field.FieldType))
                {
                    offences.Add($"{type.FullName}.{field.Name} ({field.FieldType.Name})");
                }
            }
        }

        _output.WriteLine($"{checkedFields} static fields checked");
        Assert.Empty(offences);
    }

    [Fact]
    public async Task Options_AreReadOncePerTreeNotPerNode()
    {
        // Credentials in literals, concatenations and comments: each one reaches the code that needs the tree's options.
        CountingProvider provider = await AnalyzeAsync(i => $"var id{i} = \"{Id(i)}\"; var joined{i} = \"LTAI\" + \"{Id(i).Substring(4)}\"; // {Id(i)}");

        foreach ((string tree, int reads) in provider.Reads)
        {
            // A handful of keys, read by each analyzer once for the tree, is the most; a read per node would be hundreds.
            Assert.True(reads <= DevCredComponents.AnalyzerTypes.Length * 8, $"{tree}: {reads} reads of devcred.* options for {ValuesPerTree} values");
        }
    }

    /// <summary>
    /// DEVCRED008 reads devcred.environment for each Aliyun.Credentials Client it sees, not once per tree
    /// (AliyunCredentialsUriAnalyzer.RunsInDataWorks): kept apart from the test above so that one names the bug.
    /// </summary>
    [Fact]
    public async Task AliyunCredentialsUri_ReadsTheEnvironmentOncePerTree()
    {
        CountingProvider provider = await AnalyzeAsync(i => $"var client{i} = new Aliyun.Credentials.Client();");

        foreach ((string tree, int reads) in provider.Reads)
        {
            Assert.True(reads <= DevCredComponents.AnalyzerTypes.Length * 8, $"{tree}: {reads} reads of devcred.* options for {ValuesPerTree} Client creations");
        }
    }

    private const int Trees = 3;
    private const int ValuesPerTree = 200;

    private static string Id(int i)
    {
        var random = new Random(i);
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return "LTAI5t" + new string(Enumerable.Range(0, 18).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
    }

    private async Task<CountingProvider> AnalyzeAsync(Func<int, string> statement)
    {
        var sources = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(AliyunCredentialsStandIns.Source, GuardWorkspace.ParseOptions, "/src/StandIns.cs") };
        for (int t = 0; t < Trees; t++)
        {
            var text = new StringBuilder("class C" + t + "\n{\n    void M()\n    {\n");
            for (int i = 0; i < ValuesPerTree; i++)
            {
                text.Append("        ").Append(statement(t * ValuesPerTree + i)).Append('\n');
            }

            sources.Add(CSharpSyntaxTree.ParseText(text.Append("    }\n}\n").ToString(), GuardWorkspace.ParseOptions, $"/src/C{t}.cs"));
        }

        var compilation = CSharpCompilation.Create("Options", sources, GuardWorkspace.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var provider = new CountingProvider();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);

        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(DevCredComponents.CreateAnalyzers(), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        _output.WriteLine($"diagnostics: {string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}");
        _output.WriteLine($"devcred.* reads per tree: {string.Join(", ", provider.Reads.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}");
        Assert.True(diagnostics.Length >= Trees * ValuesPerTree, "every statement should be reported");
        return provider;
    }

    private static bool IsCompilerGenerated(Type type)
        => type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.StartsWith('<')
            || (type.DeclaringType is { } outer && IsCompilerGenerated(outer));

    private static bool Holds(Type type)
        => CompilationBound.Any(bound => bound.IsAssignableFrom(type))
            || (type.IsArray && Holds(type.GetElementType()!))
            || (type.IsGenericType && type.GetGenericArguments().Any(Holds));

    /// <summary>Counts reads of devcred.* keys, per tree, through whatever options object each call returns.</summary>
    private sealed class CountingProvider : AnalyzerConfigOptionsProvider
    {
        public ConcurrentDictionary<string, int> Reads { get; } = new(StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions => new CountingOptions(this, "global");

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new CountingOptions(this, tree.FilePath);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new CountingOptions(this, textFile.Path);

        private sealed class CountingOptions : AnalyzerConfigOptions
        {
            private readonly CountingProvider _owner;
            private readonly string _scope;

            public CountingOptions(CountingProvider owner, string scope)
            {
                _owner = owner;
                _scope = scope;
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                if (key.StartsWith("devcred.", StringComparison.Ordinal))
                {
                    _owner.Reads.AddOrUpdate(_scope, 1, (_, count) => count + 1);
                }

                value = key == "devcred.environment" ? "dataworks" : null;
                return value is not null;
            }
        }
    }
}
