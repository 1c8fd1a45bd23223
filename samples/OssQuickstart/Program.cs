using System;
using AlibabaCloud.OpenApiClient.Models;
using Aliyun.OSS;
using DevCred.Runtime;

namespace OssQuickstart;

internal static class Program
{
    private const string Endpoint = "https://oss-cn-hangzhou.aliyuncs.com";

    private static int Main()
    {
        try
        {
            var client = new OssClient(Endpoint, "LTAIQdGrm1hjeb5SGiK0eEaz", "ClgDzJZ0gqxMCrdwN9CES9LKiFwmKl");

            Console.WriteLine("Buckets:");
            foreach (Bucket bucket in client.ListBuckets())
            {
                Console.WriteLine($"  {bucket.Name,-20} {bucket.Location,-16} created {bucket.CreationDate:yyyy-MM-dd}");
            }

            // AlibabaCloud.SDK.* product clients are built from the same kind of Config.
            Config config = RegionSettings.For("cn-hangzhou");
            var openApi = new AlibabaCloud.OpenApiClient.Client(config);

            // Which STS credential the development environment serves: masked, with its expiration.
            StsCredential environment = StsCredentialProvider.Default.GetCredential();
            Console.WriteLine($"Environment STS credential: {environment}, from {environment.SourceKind} {environment.Source}");
            return 0;
        }
        catch (StsCredentialException ex)
        {
            Console.Error.WriteLine($"No STS credential: {ex.Message}");
            if (ex.Kind == StsCredentialErrorKind.NotConfigured)
            {
                Console.Error.WriteLine("To try it locally: run samples/CredentialsEmulator and set ALIBABA_CLOUD_CREDENTIALS_URI to the URI it prints.");
            }

            return 1;
        }
    }
}
