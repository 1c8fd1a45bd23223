// Tablestore (Aliyun.TableStore.SDK, Aliyun.OTS).
//
// The long-term form DEVCRED005 reports:
//
//     var client = new OTSClient(endPoint, accessKeyID, accessKeySecret, instanceName);
//
// There is no STS form: the .NET Tablestore SDK takes no security token anywhere (OTSClient, OTSClientConfig, the
// request headers), so STS credentials cannot be used and DEVCRED005 offers no fix here. What is left is to keep the
// long-term pair out of the code: the environment sets ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET
// (for a RAM user whose policy allows only this instance), and the code reads them. DEVCRED005 still reports the
// constructor, and DEVCRED006 the reads; both are suppressed below for that reason.
using System;
using System.Threading.Tasks;
using Aliyun.OTS;
using Aliyun.OTS.Request;

namespace SdkFamilies;

internal static class TablestoreFamily
{
    public const string Title = "Tablestore (Aliyun.OTS): no STS form; the AccessKey pair from environment variables";

    public static async Task RunAsync(RequestPacing pacing)
    {
#pragma warning disable DEVCRED006 // The Tablestore .NET SDK has no STS form: a long-term pair is unavoidable, and the environment is where it belongs.
        string? accessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");
        string? accessKeySecret = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
#pragma warning restore DEVCRED006
        if (string.IsNullOrEmpty(accessKeyId) || string.IsNullOrEmpty(accessKeySecret))
        {
            Console.WriteLine("  skipped: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET to run it");
            return;
        }

#pragma warning disable DEVCRED005 // No STS form exists in Aliyun.TableStore.SDK (no security token anywhere); the pair comes from the environment, not from code.
        var client = new OTSClient("https://devcred-sample.cn-hangzhou.ots.aliyuncs.com", accessKeyId, accessKeySecret, "devcred-sample");
#pragma warning restore DEVCRED005

        for (int request = 1; request <= RequestPacing.Requests; request++)
        {
            await pacing.BeforeRequestAsync(request);
            var response = client.ListTable(new ListTableRequest());
            Console.WriteLine($"    tables {string.Join(", ", response.TableNames)}");
        }
    }
}
