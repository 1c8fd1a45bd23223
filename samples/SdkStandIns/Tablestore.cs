// Aliyun.TableStore.SDK 6.0.2 (aliyun/aliyun-tablestore-csharp-sdk, namespace Aliyun.OTS), sdk-catalogue.md §9:
// OTSClient, OTSClientConfig and ListTable. The .NET SDK has no security token anywhere, so no STS form exists.
using System;
using System.Collections.Generic;
using DevCred.Samples.SdkStandIns;

namespace Aliyun.OTS.Request
{
    public class ListTableRequest
    {
    }
}

namespace Aliyun.OTS.Response
{
    public class ListTableResponse
    {
        public IList<string> TableNames { get; set; }
    }
}

namespace Aliyun.OTS
{
    using Aliyun.OTS.Request;
    using Aliyun.OTS.Response;

    public class OTSClientConfig
    {
        public OTSClientConfig(string endPoint, string accessKeyID, string accessKeySecret, string instanceName)
        {
            if (string.IsNullOrEmpty(endPoint) || string.IsNullOrEmpty(accessKeyID)
                || string.IsNullOrEmpty(accessKeySecret) || string.IsNullOrEmpty(instanceName))
            {
                throw new ArgumentException("OTSClientConfig needs endPoint, accessKeyID, accessKeySecret and instanceName.");
            }

            EndPoint = endPoint;
            AccessKeyID = accessKeyID;
            AccessKeySecret = accessKeySecret;
            InstanceName = instanceName;
        }

        public string EndPoint { get; set; }

        public string AccessKeyID { get; set; }

        public string AccessKeySecret { get; set; }

        public string InstanceName { get; set; }
    }

    /// <summary>Stand-in for <c>Aliyun.OTS.OTSClient</c>: signs every request with the config's current keys, no token.</summary>
    public class OTSClient
    {
        private readonly OTSClientConfig _config;

        public OTSClient(string endPoint, string accessKeyID, string accessKeySecret, string instanceName)
            : this(new OTSClientConfig(endPoint, accessKeyID, accessKeySecret, instanceName))
        {
        }

        public OTSClient(OTSClientConfig config)
        {
            _config = config ?? throw new ArgumentNullException(nameof(config));
        }

        public ListTableResponse ListTable(ListTableRequest request)
        {
            string host = new Uri(_config.EndPoint.Contains("://", StringComparison.Ordinal) ? _config.EndPoint : "https://" + _config.EndPoint).Host;
            StandInLog.Signed("Aliyun.OTS", $"ListTable POST {host}/ListTable (instance {_config.InstanceName})", _config.AccessKeyID, null);
            return new ListTableResponse { TableNames = new List<string> { "user_profile", "order_events" } };
        }
    }
}
