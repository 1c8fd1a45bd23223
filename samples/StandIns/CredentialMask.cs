namespace DevCred.Samples.StandIns;

/// <summary>How the stand-ins print an AccessKey ID: its prefix and its last four characters.</summary>
public static class CredentialMask
{
    public static string AccessKeyId(string? accessKeyId)
    {
        if (string.IsNullOrEmpty(accessKeyId))
        {
            return "(none)";
        }

        if (accessKeyId.Length < 12)
        {
            return "****";
        }

        string prefix = accessKeyId.StartsWith("STS.", System.StringComparison.Ordinal) ? "STS." : accessKeyId.Substring(0, 4);
        return prefix + "****" + accessKeyId.Substring(accessKeyId.Length - 4);
    }

    public static string Kind(string? accessKeyId, string? securityToken)
        => string.IsNullOrEmpty(securityToken)
            ? "long-term AccessKey, no security token"
            : "STS credential with a security token";
}
