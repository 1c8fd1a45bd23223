using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace DevCred.Package.Tests;

/// <summary>
/// What the package's build/ and buildTransitive/ targets do to a consumer: configuration files become
/// AdditionalFiles without being listed, DevCredAnalysisMode picks the rule severities, and the compiler's SARIF
/// log names each rule with its help link and shows values masked. See docs/build-integration.md.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class BuildIntegrationTests
{
    private const string HelpRoot = "https://github.com/devcred/DevCred.Analyzers/blob/main/docs/rules/";

    // Made-up AccessKey IDs in the real shape ("LTAI" + 20 letters and digits), one per file so that each finding
    // can be told apart, and a made-up 30-character secret.
    private const string IdInCode = "LTAIRSzK24yV4uMTGFqxwjua";
    private const string SecretInCode = "j7sXb0S1nZOJA8n4ZlVPxraI7ONxye";
    private const string IdInAppSettings = "LTAI8rNc2VxQm5Tz7KbW4pLd";
    private const string IdInDevelopmentSettings = "LTAI6hYs3JqP9wXe1GfR8nMt";
    private const string IdInLaunchSettings = "LTAI2kZv7BnT4cWq9LxH5sDy";
    private const string IdInListedYaml = "LTAI3mPf8RdK6zNv2QyJ7bXc";
    private const string IdInDeployYaml = "LTAI7wLq4HsN2eVb8YpC5kRz";
    private const string IdInBin = "LTAI4tGh9MzQ2rWx6VnB3kLs";
    private const string IdInObj = "LTAI9cXv5NpR3sLm8KqT2wHe";
    private const string IdInNodeModules = "LTAI5dJr8WbY3nQz6HmC9vTx";
    private const string IdInDotFolder = "LTAI6pKe2XsV9mRb4NzG7qWc";
    private const string StsIdInCode = "STS.NUaEmWq3dsbZyfDAq3Bs8gR2T";

    private readonly PackageFixture _package;

    public BuildIntegrationTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public async Task ConfigurationFiles_AreScannedWithoutBeingListed_OnceEach_AndTheSarifLogNamesRulesHelpAndMaskedValues()
    {
        using var consumer = new ConsumerWorkspace(_package, "build-integration");
        consumer.WriteProject(extraItems: """
                <!-- appsettings.json is copied to the output; appsettings.Development.json is no item at all. -->
                <None Update="appsettings.json" CopyToOutputDirectory="PreserveNewest" />
                <None Remove="appsettings.Development.json" />
                <!-- Listed by hand: must not be added a second time. -->
                <AdditionalFiles Include="config/settings.yaml" />
                <!-- Outside the project folder: only the item brings it in. -->
                <DevCredConfigurationFile Include="../deploy/*.yaml" />
            """);
        string program = consumer.WriteFile("Program.cs", $$"""
            using System;

            namespace Consumer;

            public static class Program
            {
                public static int Main()
                {
                    string accessKeyId = "{{IdInCode}}";
                    Console.WriteLine(accessKeyId.Length);
                    return 0;
                }
            }

            """);
        string appSettings = consumer.WriteFile("appsettings.json", $$"""
            {
              "Logging": { "LogLevel": { "Default": "Information" } },
              "Aliyun": {
                "Region": "cn-hangzhou",
                "AccessKeyId": "{{IdInAppSettings}}"
              }
            }

            """);
        string developmentSettings = consumer.WriteFile("appsettings.Development.json", $$"""
            {
              "Oss": { "AccessKeyId": "{{IdInDevelopmentSettings}}" }
            }

            """);
        string launchSettings = consumer.WriteFile("Properties/launchSettings.json", $$"""
            {
              "profiles": {
                "Consumer": {
                  "commandName": "Project",
                  "environmentVariables": {
                    "ALIBABA_CLOUD_ACCESS_KEY_ID": "{{IdInLaunchSettings}}"
                  }
                }
              }
            }

            """);
        string listedYaml = consumer.WriteFile("config/settings.yaml", $"aliyun:\n  region: cn-hangzhou\n  access_key_id: {IdInListedYaml}\n");
        string deployYaml = consumer.WriteFile("../deploy/production.yaml", $"aliyun:\n  access_key_id: {IdInDeployYaml}\n");
        // Files the scan must leave alone: build output, intermediate files, npm packages, dot folders.
        string[] leftAlone =
        [
            consumer.WriteFile("bin/Debug/net10.0/appsettings.json", $$"""{ "AccessKeyId": "{{IdInBin}}" }"""),
            consumer.WriteFile("obj/appsettings.Stale.json", $$"""{ "AccessKeyId": "{{IdInObj}}" }"""),
            consumer.WriteFile("node_modules/some-tool/config.yml", $"access_key_id: {IdInNodeModules}\n"),
            consumer.WriteFile(".vs/settings.ini", $"access_key_id = {IdInDotFolder}\n"),
        ];

        var expected = new Dictionary<string, (int Line, int Column, string Id)>
        {
            [appSettings] = At(appSettings, IdInAppSettings),
            [developmentSettings] = At(developmentSettings, IdInDevelopmentSettings),
            [launchSettings] = At(launchSettings, IdInLaunchSettings),
            [listedYaml] = At(listedYaml, IdInListedYaml),
            [deployYaml] = At(deployYaml, IdInDeployYaml),
        };

        // 1. A build from scratch with a SARIF 2.1 log. The comma of "out.sarif,version=2.1" is escaped: MSBuild
        //    would otherwise split the -p value there and the compiler would write SARIF 1.0.
        ProcessResult build = await consumer.Build("-p:ErrorLog=out.sarif%2Cversion=2.1");
        Assert.True(build.ExitCode != 0, "DEVCRED001 and DEVCRED007 should fail the build. " + build.Describe());
        consumer.AssertRestoredThePackageUnderTest();
        List<BuildDiagnostic> diagnostics = ConsumerWorkspace.Diagnostics(build.Output);

        BuildDiagnostic inCode = Assert.Single(diagnostics, d => d.Id == "DEVCRED001");
        Assert.Equal((program, "error"), (inCode.File, inCode.Severity));
        Assert.Equal(ConsumerWorkspace.Locate(program, IdInCode).Line, inCode.Line);

        List<BuildDiagnostic> inFiles = diagnostics.Where(d => d.Id == "DEVCRED007").ToList();
        Assert.All(inFiles, d => Assert.Equal("error", d.Severity));
        Assert.Equal(
            expected.Select(pair => $"{consumer.Relative(pair.Key)}({pair.Value.Line},{pair.Value.Column})").Order(StringComparer.Ordinal),
            inFiles.Select(d => $"{consumer.Relative(d.File)}({d.Line},{d.Column})").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(diagnostics, d => leftAlone.Contains(d.File));

        // Each file is an AdditionalFiles item once: the hand-listed one keeps its own item.
        Dictionary<string, List<JsonElement>> additionalFiles = await AdditionalFiles(consumer);
        Assert.Equal(
            expected.Keys.Select(consumer.Relative).Order(StringComparer.Ordinal),
            additionalFiles.Keys.Select(consumer.Relative).Order(StringComparer.Ordinal));
        Assert.All(additionalFiles, pair => Assert.True(pair.Value.Count == 1, $"{pair.Key} is in AdditionalFiles {pair.Value.Count} times."));
        Assert.False(additionalFiles[listedYaml][0].TryGetProperty("DevCredConfigurationFile", out _));
        Assert.Equal("true", additionalFiles[appSettings][0].GetProperty("DevCredConfigurationFile").GetString());

        // 2. The SARIF log.
        string sarifPath = Path.Combine(consumer.ProjectDirectory, "out.sarif");
        Assert.True(File.Exists(sarifPath), "The compiler wrote no SARIF log. " + build.Describe());
        string sarifText = File.ReadAllText(sarifPath);
        foreach (string value in new[]
                 {
                     IdInCode, IdInAppSettings, IdInDevelopmentSettings, IdInLaunchSettings, IdInListedYaml, IdInDeployYaml,
                     IdInBin, IdInObj, IdInNodeModules, IdInDotFolder,
                 })
        {
            Assert.False(sarifText.Contains(value, StringComparison.Ordinal), $"The SARIF log holds the full value {value}.");
        }

        using JsonDocument sarif = JsonDocument.Parse(sarifText);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        JsonElement run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        List<SarifResult> results = SarifResult.ReadAll(run).Where(r => r.RuleId.StartsWith("DEVCRED", StringComparison.Ordinal)).ToList();

        SarifResult codeResult = Assert.Single(results, r => r.RuleId == "DEVCRED001");
        Assert.Equal((program, "error"), (codeResult.File, codeResult.Level));
        Assert.Equal(ConsumerWorkspace.Locate(program, IdInCode).Line, codeResult.StartLine);
        Assert.Contains("'LTAI***" + IdInCode[^3..] + "'", codeResult.Message);

        List<SarifResult> fileResults = results.Where(r => r.RuleId == "DEVCRED007").ToList();
        Assert.Equal(expected.Count, fileResults.Count);
        SarifResult appSettingsResult = Assert.Single(fileResults, r => r.File == appSettings);
        (int line, int column, _) = expected[appSettings];
        Assert.Equal(line, appSettingsResult.StartLine);
        Assert.Equal(column, appSettingsResult.StartColumn);
        Assert.Equal(column + IdInAppSettings.Length, appSettingsResult.EndColumn);
        Assert.Equal("error", appSettingsResult.Level);
        Assert.StartsWith("appsettings.json holds an AccessKey ID ('LTAI***" + IdInAppSettings[^3..] + "')", appSettingsResult.Message);
        foreach (SarifResult result in fileResults)
        {
            (int expectedLine, int expectedColumn, string id) = expected[result.File];
            Assert.Equal((expectedLine, expectedColumn), (result.StartLine, result.StartColumn));
            Assert.Contains("'LTAI***" + id[^3..] + "'", result.Message);
        }

        Dictionary<string, JsonElement> rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray()
            .Where(rule => rule.GetProperty("id").GetString()!.StartsWith("DEVCRED", StringComparison.Ordinal))
            .ToDictionary(rule => rule.GetProperty("id").GetString()!);
        foreach (string ruleId in new[] { "DEVCRED001", "DEVCRED007" })
        {
            Assert.True(rules.ContainsKey(ruleId), $"The SARIF log describes no rule {ruleId}.");
            Assert.Equal(HelpRoot + ruleId + ".md", rules[ruleId].GetProperty("helpUri").GetString());
        }

        Assert.Equal("Hardcoded AccessKey ID", rules["DEVCRED001"].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("Credential hardcoded in a configuration file", rules["DEVCRED007"].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.All(rules, pair => Assert.Equal(HelpRoot + pair.Key + ".md", pair.Value.GetProperty("helpUri").GetString()));

        // 3. Opted out: the files found by the scan are no longer read; the listed ones still are.
        ProcessResult optedOut = await consumer.Build("--no-restore", "-p:DevCredScanConfigurationFiles=false");
        List<BuildDiagnostic> optedOutDiagnostics = ConsumerWorkspace.Diagnostics(optedOut.Output);
        Assert.Single(optedOutDiagnostics, d => d.Id == "DEVCRED001");
        Assert.Equal(
            new[] { deployYaml, listedYaml }.Select(consumer.Relative).Order(StringComparer.Ordinal),
            optedOutDiagnostics.Where(d => d.Id == "DEVCRED007").Select(d => consumer.Relative(d.File)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnalysisModes_SetTheDocumentedSeverities_TheProjectsOwnConfigWins_AndAnIncrementalBuildSeesTheSwitch()
    {
        using var consumer = new ConsumerWorkspace(_package, "analysis-modes");
        consumer.WriteProject();
        consumer.WriteFile("Program.cs", $$"""
            using System;

            namespace Consumer;

            public sealed class StorageSettings
            {
                public string? AccessKeyId { get; set; }

                public string? AccessKeySecret { get; set; }
            }

            public static class Program
            {
                // rotated key: {{IdInDeployYaml}}
                private const string StsAccessKeyId = "{{StsIdInCode}}";

                public static int Main()
                {
                    var settings = new StorageSettings
                    {
                        AccessKeyId = "{{IdInCode}}",
                        AccessKeySecret = "{{SecretInCode}}",
                    };
                    string? fromEnvironment = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");
                    Console.WriteLine(settings.AccessKeyId + fromEnvironment + StsAccessKeyId);
                    return 0;
                }
            }

            """);
        consumer.WriteFile("appsettings.json", $$"""{ "Aliyun": { "AccessKeyId": "{{IdInAppSettings}}" } }""" + "\n");
        // The project's own settings: an .editorconfig section and a .globalconfig, each for one rule.
        consumer.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.DEVCRED002.severity = warning\n");
        consumer.WriteFile(".globalconfig", "is_global = true\n\ndotnet_diagnostic.DEVCRED003.severity = suggestion\n");

        // SARIF levels: error, warning, note (Info/suggestion); a rule set to none is absent.
        var expected = new (string Mode, bool Fails, Dictionary<string, string> Levels)[]
        {
            ("Relaxed", false, Levels(d001: "warning", d004: "warning", d006: "note", d007: "warning")),
            ("None", false, Levels(d001: null, d004: null, d006: null, d007: null)),
            ("Strict", true, Levels(d001: "error", d004: "error", d006: "error", d007: "error")),
            ("Default", true, Levels(d001: "error", d004: "warning", d006: "note", d007: "error")),
        };

        string sarifPath = Path.Combine(consumer.ProjectDirectory, "modes.sarif");
        bool first = true;
        foreach ((string mode, bool fails, Dictionary<string, string> levels) in expected)
        {
            // Plain incremental builds after the first: the mode switch alone must make the compiler run again.
            File.Delete(sarifPath);
            ProcessResult build = first
                ? await consumer.Build($"-p:DevCredAnalysisMode={mode}", "-p:ErrorLog=modes.sarif%2Cversion=2.1")
                : await consumer.Build("--no-restore", $"-p:DevCredAnalysisMode={mode}", "-p:ErrorLog=modes.sarif%2Cversion=2.1");
            first = false;
            Assert.True(fails == (build.ExitCode != 0), $"Mode {mode}: the build should {(fails ? "fail" : "succeed")}. {build.Describe()}");
            Assert.True(File.Exists(sarifPath), $"Mode {mode}: no SARIF log, so the compiler did not run. {build.Describe()}");

            using JsonDocument sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
            JsonElement run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
            Dictionary<string, string> actual = SarifResult.ReadAll(run)
                .Where(r => r.RuleId.StartsWith("DEVCRED", StringComparison.Ordinal))
                .GroupBy(r => r.RuleId)
                .ToDictionary(group => group.Key, group => string.Join(",", group.Select(r => r.Level).Distinct()));
            Assert.True(
                levels.OrderBy(x => x.Key).SequenceEqual(actual.OrderBy(x => x.Key)),
                $"Mode {mode}: expected {Show(levels)}, got {Show(actual)}.");
        }

        // A misspelt mode stops the build instead of falling back to another.
        ProcessResult misspelt = await consumer.Build("--no-restore", "-p:DevCredAnalysisMode=Strcit");
        Assert.True(misspelt.ExitCode != 0, misspelt.Describe());
        Assert.Contains("error DEVCREDBUILD001: DevCredAnalysisMode is 'Strcit'", misspelt.Output);

        // DEVCRED002 (.editorconfig) and DEVCRED003 (.globalconfig) keep the project's severities in every mode.
        static Dictionary<string, string> Levels(string? d001, string? d004, string? d006, string? d007)
        {
            var levels = new Dictionary<string, string?>
            {
                ["DEVCRED001"] = d001,
                ["DEVCRED002"] = "warning",
                ["DEVCRED003"] = "note",
                ["DEVCRED004"] = d004,
                ["DEVCRED006"] = d006,
                ["DEVCRED007"] = d007,
            };
            return levels.Where(x => x.Value is not null).ToDictionary(x => x.Key, x => x.Value!);
        }

        static string Show(Dictionary<string, string> levels)
            => string.Join(" ", levels.OrderBy(x => x.Key).Select(x => $"{x.Key}={x.Value}"));
    }

    private static (int Line, int Column, string Id) At(string path, string id)
    {
        (int line, int column) = ConsumerWorkspace.Locate(path, id);
        return (line, column, id);
    }

    /// <summary>The consumer's AdditionalFiles after the package's target ran, by full path.</summary>
    private static async Task<Dictionary<string, List<JsonElement>>> AdditionalFiles(ConsumerWorkspace consumer)
    {
        ProcessResult items = await consumer.Dotnet(
            "msbuild", consumer.Project, "-t:DevCredAddConfigurationFiles", "-getItem:AdditionalFiles", "-nologo");
        Assert.True(items.ExitCode == 0, items.Describe());
        using JsonDocument json = JsonDocument.Parse(items.Output[items.Output.IndexOf('{')..]);
        return json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => item.Clone())
            .GroupBy(item => item.GetProperty("FullPath").GetString()!)
            .ToDictionary(group => group.Key, group => group.ToList());
    }

    private sealed record SarifResult(string RuleId, string Level, string Message, string File, int StartLine, int StartColumn, int EndColumn)
    {
        public static IEnumerable<SarifResult> ReadAll(JsonElement run)
        {
            foreach (JsonElement result in run.GetProperty("results").EnumerateArray())
            {
                // Compiler warnings without a source location (CS8032 and the like) have no locations.
                if (!result.TryGetProperty("locations", out JsonElement locations) || locations.GetArrayLength() == 0)
                {
                    yield return new SarifResult(result.GetProperty("ruleId").GetString()!, "", "", "", 0, 0, 0);
                    continue;
                }

                JsonElement location = locations[0].GetProperty("physicalLocation");
                JsonElement region = location.GetProperty("region");
                yield return new SarifResult(
                    result.GetProperty("ruleId").GetString()!,
                    result.TryGetProperty("level", out JsonElement level) ? level.GetString()! : "warning",
                    result.GetProperty("message").GetProperty("text").GetString()!,
                    new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath,
                    region.GetProperty("startLine").GetInt32(),
                    region.GetProperty("startColumn").GetInt32(),
                    region.GetProperty("endColumn").GetInt32());
            }
        }
    }
}
