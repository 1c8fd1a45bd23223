// AlibabaCloud.OpenApiClient and every AlibabaCloud.SDK.* product client ("V2.0" SDK), here ECS.
//
// The long-term form DEVCRED005 reports: the pair in the Config, without SecurityToken or Credential:
//
//     var config = new Config { AccessKeyId = accessKeyId, AccessKeySecret = accessKeySecret, Endpoint = endpoint };
//
// The fixed form below, as the DEVCRED005 fix writes it: Config.Credential is an Aliyun.Credentials client around
// DevCredAliyunCredentialsProvider (generated into this project by DevCred.Analyzers), and the client asks it for
// the current STS credential on every request.
using System;
using System.Threading.Tasks;
using AlibabaCloud.OpenApiClient.Models;
using AlibabaCloud.SDK.Ecs20140526.Models;
using DevCred.Runtime.Bridges;

namespace SdkFamilies;

internal static class OpenApiClientFamily
{
    public const string Title = "OpenApiClient (AlibabaCloud.SDK.Ecs20140526): Config.Credential = new Aliyun.Credentials.Client(new DevCredAliyunCredentialsProvider())";

    public static async Task RunAsync(RequestPacing pacing)
    {
        var config = new Config
        {
            Credential = new Aliyun.Credentials.Client(new DevCredAliyunCredentialsProvider()),
            RegionId = "cn-hangzhou",
            Endpoint = "ecs.cn-hangzhou.aliyuncs.com",
        };
        var client = new AlibabaCloud.SDK.Ecs20140526.Client(config);

        for (int request = 1; request <= RequestPacing.Requests; request++)
        {
            await pacing.BeforeRequestAsync(request);
            DescribeRegionsResponse response = client.DescribeRegions(new DescribeRegionsRequest());
            foreach (var region in response.Body.Regions.Region)
            {
                Console.WriteLine($"    region {region.RegionId} ({region.LocalName})");
            }
        }
    }
}
