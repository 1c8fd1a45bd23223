// OSS SDK v1 (Aliyun.OSS.SDK, Aliyun.OSS.SDK.NetCore).
//
// The long-term form DEVCRED005 reports:
//
//     var client = new OssClient(endpoint, accessKeyId, accessKeySecret);
//
// The fixed form below, as the DEVCRED005 fix writes it: OssClient asks its ICredentialsProvider for credentials
// whenever it builds a request, and DevCredOssCredentialsProvider (generated into this project by DevCred.Analyzers)
// hands it the current STS credential from DevCred.Runtime.
using System;
using System.Threading.Tasks;
using Aliyun.OSS;
using DevCred.Runtime.Bridges;

namespace SdkFamilies;

internal static class OssV1Family
{
    public const string Title = "OSS v1 (Aliyun.OSS.SDK): new OssClient(endpoint, new DevCredOssCredentialsProvider())";

    public static async Task RunAsync(RequestPacing pacing)
    {
        const string endpoint = "https://oss-cn-hangzhou.aliyuncs.com";
        var client = new OssClient(endpoint, new DevCredOssCredentialsProvider());

        for (int request = 1; request <= RequestPacing.Requests; request++)
        {
            await pacing.BeforeRequestAsync(request);
            foreach (Bucket bucket in client.ListBuckets())
            {
                Console.WriteLine($"    bucket {bucket.Name} ({bucket.Location})");
            }
        }
    }
}
