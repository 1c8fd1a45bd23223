using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DevCred.Analyzers;

/// <summary>The <c>devcred.*</c> options of one syntax tree, from .editorconfig or .globalconfig.</summary>
internal sealed class AnalyzerSettings
{
    public const string ScanCommentsKey = "devcred.scan_comments";
    public const string ReportPresignedUrlsKey = "devcred.report_presigned_urls";
    public const string IgnoredValuesKey = "devcred.ignored_values";

    public static readonly AnalyzerSettings Default = new(scanComments: true, reportPresignedUrls: false, new HashSet<string>(StringComparer.Ordinal));

    private readonly HashSet<string> _ignoredValues;

    private AnalyzerSettings(bool scanComments, bool reportPresignedUrls, HashSet<string> ignoredValues)
    {
        ScanComments = scanComments;
        ReportPresignedUrls = reportPresignedUrls;
        _ignoredValues = ignoredValues;
    }

    public bool ScanComments { get; }

    public bool ReportPresignedUrls { get; }

    public static AnalyzerSettings Read(AnalyzerConfigOptionsProvider provider, SyntaxTree tree)
        => Read(provider.GetOptions(tree));

    public static AnalyzerSettings Read(AnalyzerConfigOptions options)
    {
        bool scanComments = ReadBool(options, ScanCommentsKey, Default.ScanComments);
        bool reportPresigned = ReadBool(options, ReportPresignedUrlsKey, Default.ReportPresignedUrls);
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        if (options.TryGetValue(IgnoredValuesKey, out string? list))
        {
            foreach (string value in list.Split(new[] { ',', ' ', '\t', ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                ignored.Add(value);
            }
        }

        return scanComments == Default.ScanComments && !reportPresigned && ignored.Count == 0
            ? Default
            : new AnalyzerSettings(scanComments, reportPresigned, ignored);
    }

    /// <summary>Values a team agreed are public test values (<c>devcred.ignored_values</c>): exact, case-sensitive.</summary>
    public bool IsIgnored(string text, int start, int length)
    {
        if (_ignoredValues.Count == 0)
        {
            return false;
        }

        return _ignoredValues.Contains(start == 0 && length == text.Length ? text : text.Substring(start, length));
    }

    private static bool ReadBool(AnalyzerConfigOptions options, string key, bool defaultValue)
        => options.TryGetValue(key, out string? value) && bool.TryParse(value.Trim(), out bool parsed) ? parsed : defaultValue;
}
