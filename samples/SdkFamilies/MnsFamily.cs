// Message Service (MNS, Aliyun.MNS).
//
// The long-term form DEVCRED005 reports:
//
//     var client = new MNSClient(accessKeyId, secretAccessKey, regionEndpoint);
//
// The fixed form below, as the DEVCRED005 fix writes it: DevCredMnsCredentials (generated into this project by
// DevCred.Analyzers) derives from BasicServiceCredentials, the type the MNS client asks again for every request,
// and answers with the current STS credential from DevCred.Runtime.
using System;
using System.Threading.Tasks;
using Aliyun.MNS;
using DevCred.Runtime.Bridges;

namespace SdkFamilies;

internal static class MnsFamily
{
    public const string Title = "MNS (Aliyun.MNS): new MNSClient(new DevCredMnsCredentials(), endpoint)";

    public static async Task RunAsync(RequestPacing pacing)
    {
        const string endpoint = "https://1827364550192837.mns.cn-hangzhou.aliyuncs.com";
        var client = new MNSClient(new DevCredMnsCredentials(), endpoint);
        Queue queue = client.GetNativeQueue("devcred-sample-queue");

        for (int request = 1; request <= RequestPacing.Requests; request++)
        {
            await pacing.BeforeRequestAsync(request);
            var response = queue.SendMessage($"hello from request {request}");
            Console.WriteLine($"    sent message {response.MessageId}");
        }
    }
}
