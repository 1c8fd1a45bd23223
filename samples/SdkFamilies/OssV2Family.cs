// OSS SDK v2 (AlibabaCloud.OSS.V2).
//
// The long-term form DEVCRED005 reports:
//
//     config.CredentialsProvider = new StaticCredentialsProvider(accessKeyId, accessKeySecret);
//
// The fixed form below, as the DEVCRED005 fix writes it: a CredentialsProviderFunc whose function the client runs
// for every request; it reads the current STS credential from DevCred.Runtime (cached there, and refreshed ahead of
// its expiration).
using System;
using System.Threading.Tasks;
using AlibabaCloud.OSS.V2;
using AlibabaCloud.OSS.V2.Credentials;
using AlibabaCloud.OSS.V2.Models;
using DevCred.Runtime;

namespace SdkFamilies;

internal static class OssV2Family
{
    public const string Title = "OSS v2 (AlibabaCloud.OSS.V2): new CredentialsProviderFunc(() => …)";

    public static async Task RunAsync(RequestPacing pacing)
    {
        var config = Configuration.LoadDefault();
        config.Region = "cn-hangzhou";
        config.CredentialsProvider = new CredentialsProviderFunc(() =>
        {
            var credential = StsCredentialProvider.Default.GetCredential();
            return new Credentials(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
        });
        using var client = new Client(config);

        for (int request = 1; request <= RequestPacing.Requests; request++)
        {
            await pacing.BeforeRequestAsync(request);
            ListBucketsResult result = await client.ListBucketsAsync(new ListBucketsRequest());
            foreach (BucketProperties bucket in result.Buckets)
            {
                Console.WriteLine($"    bucket {bucket.Name} ({bucket.Region})");
            }
        }
    }
}
