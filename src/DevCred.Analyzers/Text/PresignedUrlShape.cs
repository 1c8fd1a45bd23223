using System;

namespace DevCred.Analyzers.Text;

/// <summary>
/// A presigned OSS URL carries the AccessKey ID by design (OSSAccessKeyId=…&amp;Expires=…&amp;Signature=…,
/// or x-oss-expires / x-oss-signature in V4); the secret never appears in it.
/// </summary>
internal static class PresignedUrlShape
{
    public static bool Matches(string text)
        => text.IndexOf("Expires=", StringComparison.OrdinalIgnoreCase) >= 0
        && text.IndexOf("Signature=", StringComparison.OrdinalIgnoreCase) >= 0;
}
