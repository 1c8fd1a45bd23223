// aliyun-net-sdk-core ("V1.0" SDK, Aliyun.Acs.Core) with a product package, here ECS.
//
// The long-term forms DEVCRED005 reports:
//
//     var client = new DefaultAcsClient(profile, new AccessKeyCredentialProvider(accessKeyId, accessKeySecret));
//     var profile = DefaultProfile.GetProfile(regionId, accessKeyId, secret);   // no token overload exists
//
// The fixed form below, as the DEVCRED005 fix writes it: DefaultAcsClient asks its credentials provider on every
// request, and DevCredAcsCredentialsProvider (generated into this project by DevCred.Analyzers) returns the current
// STS credential as BasicSessionCredentials, the only type whose token the request signers send. Not core's own
// StsCredentialProvider: its token is dropped.
using System;
using System.Threading.Tasks;
using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Profile;
using Aliyun.Acs.Ecs.Model.V20140526;
using DevCred.Runtime.Bridges;

namespace SdkFamilies;

internal static class AcsCoreFamily
{
    public const string Title = "aliyun-net-sdk-core (Aliyun.Acs.Core): new DefaultAcsClient(profile, new DevCredAcsCredentialsProvider())";

    public static async Task RunAsync(RequestPacing pacing)
    {
        IClientProfile profile = DefaultProfile.GetProfile("cn-hangzhou");
        var client = new DefaultAcsClient(profile, new DevCredAcsCredentialsProvider());

        for (int request = 1; request <= RequestPacing.Requests; request++)
        {
            await pacing.BeforeRequestAsync(request);
            DescribeRegionsResponse response = client.GetAcsResponse(new DescribeRegionsRequest());
            foreach (var region in response.Regions)
            {
                Console.WriteLine($"    region {region.RegionId} ({region.LocalName})");
            }
        }
    }
}
