using System.Collections.Generic;
using DevCred.Analyzers.Syntax;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers.ConfigFiles;

/// <summary>The credentials in the values of one configuration file, with raw positions.</summary>
internal static class ConfigFileFindings
{
    public static List<(ConfigValue Value, CredentialFinding Finding)> Find(List<ConfigValue> values, AnalyzerSettings settings)
    {
        var groupsWithId = new HashSet<int>();
        var groupsWithSecret = new HashSet<int>();
        foreach (ConfigValue value in values)
        {
            if (CredentialFinder.HasIdOrToken(value.Text))
            {
                groupsWithId.Add(value.Group);
            }

            if (AccessKeySecretShape.Matches(value.Text))
            {
                groupsWithSecret.Add(value.Group);
            }
        }

        var results = new List<(ConfigValue, CredentialFinding)>();
        var findings = new List<CredentialFinding>();
        foreach (ConfigValue value in values)
        {
            findings.Clear();
            if (WholeValueKind(value, groupsWithId, groupsWithSecret) is { } kind)
            {
                findings.Add(new CredentialFinding(kind, 0, value.Text.Length));
            }
            else if (CredentialFinder.MayHoldIdOrToken(value.Text, settings.ReportPresignedUrls))
            {
                CredentialFinder.AddIdsAndTokens(value.Text, findings, settings.ReportPresignedUrls);
            }

            foreach (CredentialFinding finding in findings)
            {
                if (!settings.IsIgnored(value.Text, finding.Start, finding.Length))
                {
                    results.Add((value, finding));
                }
            }
        }

        return results;
    }

    private static CredentialKind? WholeValueKind(ConfigValue value, HashSet<int> groupsWithId, HashSet<int> groupsWithSecret)
    {
        string text = value.Text;
        bool secretContext = CredentialNames.IsSecretName(value.Name) || groupsWithId.Contains(value.Group);
        if (secretContext && AccessKeySecretShape.Matches(text))
        {
            return CredentialKind.AccessKeySecret;
        }

        if (secretContext && StsShapes.IsSecret(text))
        {
            return CredentialKind.StsAccessKeySecret;
        }

        bool idContext = CredentialNames.IsIdName(value.Name) || groupsWithSecret.Contains(value.Group);
        return idContext && LegacyAccessKeyIdShape.Matches(text) && !CredentialFinder.HasIdOrToken(text)
            ? CredentialKind.AccessKeyId
            : null;
    }
}
