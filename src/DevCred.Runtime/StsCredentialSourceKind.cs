namespace DevCred.Runtime;

/// <summary>Where an <see cref="StsCredential"/> came from.</summary>
public enum StsCredentialSourceKind
{
    /// <summary>The local credentials service named by the credentials URI (<c>ALIBABA_CLOUD_CREDENTIALS_URI</c>).</summary>
    Uri = 0,

    /// <summary>The credentials file (default <c>/mnt/.alibabacloud/credentials</c>).</summary>
    File = 1,
}
