using System;

namespace DevCred.Samples.SdkStandIns;

/// <summary>
/// How every stand-in reports a request: the SDK, the request, and the credential it would be signed with, masked
/// (an AccessKey ID shows its prefix and its last four characters; a secret or a token is never printed).
/// </summary>
public static class StandInLog
{
    /// <summary>Prints <c>[stand-in SDK] request signed with AccessKey ID STS.****abcd (kind)</c>.</summary>
    public static void Signed(string sdk, string request, string accessKeyId, string securityToken)
    {
        Console.WriteLine($"  [stand-in {sdk}] {request} signed with AccessKey ID {Mask(accessKeyId)} ({Kind(accessKeyId, securityToken)})");
    }

    /// <summary>The prefix (<c>STS.</c> or the first four characters) and the last four characters.</summary>
    public static string Mask(string accessKeyId)
    {
        if (string.IsNullOrEmpty(accessKeyId))
        {
            return "(none)";
        }

        if (accessKeyId.Length < 12)
        {
            return "****";
        }

        string prefix = accessKeyId.StartsWith("STS.", StringComparison.Ordinal) ? "STS." : accessKeyId.Substring(0, 4);
        return prefix + "****" + accessKeyId.Substring(accessKeyId.Length - 4);
    }

    private static string Kind(string accessKeyId, string securityToken)
    {
        if (string.IsNullOrEmpty(accessKeyId))
        {
            return "no credential: the request would be rejected";
        }

        return string.IsNullOrEmpty(securityToken)
            ? "long-term AccessKey, no security token"
            : "STS credential with a security token";
    }
}
