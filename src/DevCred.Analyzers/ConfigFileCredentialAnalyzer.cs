using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using DevCred.Analyzers.ConfigFiles;
using DevCred.Analyzers.Syntax;

namespace DevCred.Analyzers;

/// <summary>DEVCRED007: AccessKeys and STS credentials in appsettings, .config, launchSettings, .env, YAML and ini files.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigFileCredentialAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Larger files are not configuration a person wrote; reading them would slow every build.</summary>
    private const int MaxFileLength = 4 * 1024 * 1024;

    /// <summary>Set by the package's build targets on files the project lists as configuration, whatever their names.</summary>
    private const string ListedMetadataKey = "build_metadata.AdditionalFiles.DevCredConfigurationFile";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CredentialInConfigFile);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzerGuard.Wrap(AnalyzeFile));
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        string path = context.AdditionalFile.Path;
        ConfigFileKind kind = ConfigFileKinds.Classify(path);
        AnalyzerConfigOptions fileOptions = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile);
        bool listed = fileOptions.TryGetValue(ListedMetadataKey, out string? flag) && string.Equals(flag, "true", System.StringComparison.OrdinalIgnoreCase);
        if ((kind == ConfigFileKind.None && !listed)
            || context.AdditionalFile.GetText(context.CancellationToken) is not { Length: > 0 and <= MaxFileLength } sourceText)
        {
            return;
        }

        string text = sourceText.ToString();
        if (kind == ConfigFileKind.None)
        {
            kind = ConfigFileKinds.FromContent(text);
        }
        List<ConfigValue> values;
        switch (kind)
        {
            case ConfigFileKind.Json:
                if (!JsonValues.TryRead(text, out values))
                {
                    return;
                }

                break;
            case ConfigFileKind.Xml:
                values = XmlConfigValues.Read(text);
                break;
            default:
                values = LineValues.Read(text);
                break;
        }

        AnalyzerSettings settings = AnalyzerSettings.Read(fileOptions);
        string fileName = Path.GetFileName(path);
        foreach ((ConfigValue value, CredentialFinding finding) in ConfigFileFindings.Find(values, settings))
        {
            TextSpan span = value.IsVerbatim
                ? new TextSpan(value.RawStart + finding.Start, finding.Length)
                : new TextSpan(value.RawStart, value.RawLength);
            Location location = Location.Create(path, span, sourceText.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CredentialInConfigFile,
                location,
                fileName,
                CommentFindings.Describe(finding.Kind),
                DiagnosticFactory.Mask(finding, value.Text)));
        }
    }
}
