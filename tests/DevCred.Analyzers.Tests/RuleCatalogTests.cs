using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DevCred.Analyzers.Tests;

/// <summary>The descriptors, the README rule table, the rule pages and the release tracking must tell the same story.</summary>
public sealed class RuleCatalogTests
{
    private static readonly string Root = FindRepositoryRoot();

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor descriptor in Descriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRule_HasPageTableRowReleaseEntryAndHelpLink(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors().Single(d => d.Id == id);
        string page = Path.Combine(Root, "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"{id} has no docs/rules/{id}.md");
        Assert.Equal($"# {id}: {descriptor.Title}", File.ReadLines(page).First());
        Assert.EndsWith($"/docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);

        string severity = descriptor.DefaultSeverity.ToString();
        Assert.Contains(
            ReadmeRows(),
            row => row.Id == id && row.Title == descriptor.Title.ToString() && row.Category == descriptor.Category && row.Severity == severity);

        string releases = File.ReadAllText(Path.Combine(Root, "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(Root, "AnalyzerReleases.Shipped.md"));
        Assert.Matches(new Regex($@"^{id} \| {descriptor.Category} \| {severity} \|", RegexOptions.Multiline), releases);
    }

    [Fact]
    public void ReadmeTable_ListsNoRuleThatDoesNotExist()
    {
        var ids = Descriptors().Select(d => d.Id).ToHashSet();
        Assert.All(ReadmeRows(), row => Assert.Contains(row.Id, ids));
        Assert.Equal(ids.Count, ReadmeRows().Count);
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors()
        => typeof(HardcodedCredentialAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .GroupBy(d => d.Id)
            .Select(g => g.First());

    private static List<(string Id, string Title, string Category, string Severity)> ReadmeRows()
    {
        var row = new Regex(@"^\| \[(?<id>DEVCRED\d{3})\]\(docs/rules/\k<id>\.md\) \| (?<title>[^|]+?) \| (?<category>[^|]+?) \| (?<severity>[^|]+?) \|");
        return File.ReadLines(Path.Combine(Root, "README.md"))
            .Select(line => row.Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups["id"].Value, m.Groups["title"].Value, m.Groups["category"].Value, m.Groups["severity"].Value))
            .ToList();
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DevCred.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DevCred.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
