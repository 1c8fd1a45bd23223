// Lists the tables of a MaxCompute project with the environment's temporary credentials.
//
// Usage: MaxComputeTables [PROJECT]   (default: $ODPS_PROJECT_NAME, else dataworks_demo; region: $ALIBABA_CLOUD_REGION_ID,
// else cn-hangzhou). In a DataWorks development environment the STS credentials come from the credentials URI in
// ALIBABA_CLOUD_CREDENTIALS_URI, or from the file /mnt/.alibabacloud/credentials; locally, from samples/CredentialsEmulator.
//
// Not Config { Credential = new Aliyun.Credentials.Client(new Aliyun.Credentials.Models.Config { Type = "credentials_uri" }) }:
// Aliyun.Credentials up to 1.5.3 returns a credential without keys on that path (DEVCRED008), and every request would be
// signed with nothing. DevCredAliyunCredentialsProvider, which DevCred.Analyzers generates into this project, reads the same
// URI through DevCred.Runtime (falling back to the file), and the client asks it again for every request.
using System;
using System.Globalization;
using AlibabaCloud.OpenApiClient.Models;
using AlibabaCloud.SDK.MaxCompute20220104.Models;
using DevCred.Runtime;
using DevCred.Runtime.Bridges;

namespace MaxComputeTables;

internal static class Program
{
    private static int Main(string[] args)
    {
        string project = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("ODPS_PROJECT_NAME") ?? "dataworks_demo";
        string region = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_REGION_ID") ?? "cn-hangzhou";

        var config = new Config
        {
            Credential = new Aliyun.Credentials.Client(new DevCredAliyunCredentialsProvider()),
            RegionId = region,
            Endpoint = $"maxcompute.{region}.aliyuncs.com",
        };
        var client = new AlibabaCloud.SDK.MaxCompute20220104.Client(config);

        try
        {
            Console.WriteLine($"Tables of MaxCompute project {project} ({region}):");
            int count = 0;
            string? marker = null;
            do
            {
                ListTablesResponse response = client.ListTables(project, new ListTablesRequest { MaxItem = 5, Marker = marker });
                foreach (var table in response.Body.Data.Tables)
                {
                    string created = table.CreationTime is long ms
                        ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                        : "?";
                    Console.WriteLine($"  {table.Name,-24} {table.Type,-15} created {created}");
                    count++;
                }

                marker = response.Body.Data.Marker;
            }
            while (!string.IsNullOrEmpty(marker));

            StsCredential credential = StsCredentialProvider.Default.GetCredential();
            Console.WriteLine($"{count} tables, listed with {credential} from {credential.SourceKind} {credential.Source}");
            return 0;
        }
        catch (StsCredentialException ex)
        {
            Console.Error.WriteLine($"No STS credential ({ex.Kind}): {ex.Message}");
            if (ex.Kind == StsCredentialErrorKind.NotConfigured)
            {
                Console.Error.WriteLine(
                    "To try it locally: run samples/CredentialsEmulator and set ALIBABA_CLOUD_CREDENTIALS_URI to the URI it prints.");
            }

            return 1;
        }
    }
}
