// Log Service (aliyun-log-dotnetcore-sdk).
//
// The long-term form DEVCRED005 reports: the builder's two-string overload (accessKey is the AccessKey secret):
//
//     var client = LogServiceClientBuilders.HttpBuilder.Endpoint(endpoint, project).Credential(accessKeyId, accessKey).Build();
//
// The fixed form below, as the DEVCRED005 fix writes it: the builder's Func<Credential> overload; the client invokes
// the function for every request, and it returns the current STS credential from DevCred.Runtime with its token.
using System;
using System.Threading.Tasks;
using Aliyun.Api.LogService;
using Aliyun.Api.LogService.Domain.LogStore;
using Aliyun.Api.LogService.Infrastructure.Authentication;
using DevCred.Runtime;

namespace SdkFamilies;

internal static class SlsFamily
{
    public const string Title = "SLS (aliyun-log-dotnetcore-sdk): HttpBuilder.Credential(() => …)";

    public static async Task RunAsync(RequestPacing pacing)
    {
        ILogServiceClient client = LogServiceClientBuilders.HttpBuilder
            .Endpoint("cn-hangzhou.log.aliyuncs.com", "devcred-sample-project")
            .Credential(() =>
            {
                var credential = StsCredentialProvider.Default.GetCredential();
                return new Credential(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
            })
            .Build();

        for (int request = 1; request <= RequestPacing.Requests; request++)
        {
            await pacing.BeforeRequestAsync(request);
            var response = await client.ListLogStoreAsync(new ListLogStoreRequest());
            Console.WriteLine($"    logstores {string.Join(", ", response.Result.Logstores)}");
        }
    }
}
