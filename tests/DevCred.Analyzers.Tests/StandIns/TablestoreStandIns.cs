namespace DevCred.Analyzers.Tests.StandIns;

internal static class TablestoreStandIns
{
    public const string Source = """
        // Aliyun.TableStore.SDK 6.0.2 (namespace Aliyun.OTS) as described in sdk-catalogue.md §9; it has no STS form.
        namespace Aliyun.OTS
        {
            using System;

            public class OTSClientConfig
            {
                public OTSClientConfig(string endPoint, string accessKeyID, string accessKeySecret, string instanceName)
                {
                    if (string.IsNullOrEmpty(endPoint) || string.IsNullOrEmpty(accessKeyID)
                        || string.IsNullOrEmpty(accessKeySecret) || string.IsNullOrEmpty(instanceName))
                    {
                        throw new ArgumentException("OTSClientConfig needs endPoint, accessKeyID, accessKeySecret and instanceName.");
                    }

                    EndPointForTests = endPoint;
                    AccessKeyID = accessKeyID;
                    AccessKeySecret = accessKeySecret;
                    InstanceNameForTests = instanceName;
                }

                public string AccessKeyID { get; set; }
                public string AccessKeySecret { get; set; }
                public string EndPointForTests { get; private set; }
                public string InstanceNameForTests { get; private set; }
            }

            public class OTSClient
            {
                private readonly OTSClientConfig _config;
                private readonly string _accessKeyID;
                private readonly string _accessKeySecret;

                public OTSClient(string endPoint, string accessKeyID, string accessKeySecret, string instanceName)
                {
                    if (string.IsNullOrEmpty(endPoint) || string.IsNullOrEmpty(accessKeyID)
                        || string.IsNullOrEmpty(accessKeySecret) || string.IsNullOrEmpty(instanceName))
                    {
                        throw new ArgumentException("OTSClient needs endPoint, accessKeyID, accessKeySecret and instanceName.");
                    }

                    _accessKeyID = accessKeyID;
                    _accessKeySecret = accessKeySecret;
                }

                public OTSClient(OTSClientConfig config)
                {
                    _config = config;
                }

                // What a request would sign with: the config's current keys (there is no token).
                public (string AccessKeyID, string AccessKeySecret) SignForTests()
                    => _config == null ? (_accessKeyID, _accessKeySecret) : (_config.AccessKeyID, _config.AccessKeySecret);
            }
        }
        """;
}
