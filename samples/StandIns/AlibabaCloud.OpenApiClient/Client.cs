using System;
using DevCred.Samples.StandIns;

namespace AlibabaCloud.OpenApiClient;

/// <summary>
/// Stand-in for <c>AlibabaCloud.OpenApiClient.Client</c>, the base class of the AlibabaCloud.SDK.* product clients.
/// It sends nothing: it prints, masked, the credential its <see cref="Models.Config"/> carries.
/// </summary>
public class Client
{
    public Client(Models.Config config)
    {
        if (config is null)
        {
            throw new ArgumentNullException(nameof(config));
        }

        Console.WriteLine(
            $"[stand-in OpenApiClient] {config.Endpoint} ({config.RegionId}) configured with AccessKey ID "
            + $"{CredentialMask.AccessKeyId(config.AccessKeyId)} ({CredentialMask.Kind(config.AccessKeyId, config.SecurityToken)})");
    }
}
