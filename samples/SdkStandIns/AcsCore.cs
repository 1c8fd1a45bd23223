// aliyun-net-sdk-core 1.6.2 (aliyun/aliyun-openapi-net-sdk), sdk-catalogue.md §3: the credentials types and
// providers, DefaultProfile, DefaultAcsClient; and, for a request to send, DescribeRegions of aliyun-net-sdk-ecs.
using System;
using System.Collections.Generic;
using DevCred.Samples.SdkStandIns;

namespace Aliyun.Acs.Core.Auth
{
    public interface AlibabaCloudCredentials
    {
        string GetAccessKeyId();

        string GetAccessKeySecret();
    }

    public interface AlibabaCloudCredentialsProvider
    {
        AlibabaCloudCredentials GetCredentials();
    }

    public class BasicCredentials : AlibabaCloudCredentials
    {
        private readonly string _accessKeyId;
        private readonly string _accessKeySecret;

        public BasicCredentials(string accessKeyId, string accessKeySecret)
        {
            _accessKeyId = accessKeyId;
            _accessKeySecret = accessKeySecret;
        }

        public string GetAccessKeyId() => _accessKeyId;

        public string GetAccessKeySecret() => _accessKeySecret;
    }

    /// <summary>The only credentials type whose token the request signers attach (sdk-catalogue.md §3.3).</summary>
    public class BasicSessionCredentials : AlibabaCloudCredentials
    {
        private readonly string _accessKeyId;
        private readonly string _accessKeySecret;
        private readonly string _sessionToken;

        public BasicSessionCredentials(string accessKeyId, string accessKeySecret, string sessionToken, long roleSessionDurationSeconds = 0)
        {
            _accessKeyId = accessKeyId;
            _accessKeySecret = accessKeySecret;
            _sessionToken = sessionToken;
        }

        public string GetAccessKeyId() => _accessKeyId;

        public string GetAccessKeySecret() => _accessKeySecret;

        public string GetSessionToken() => _sessionToken;
    }

    public class AccessKeyCredentialProvider : AlibabaCloudCredentialsProvider
    {
        private readonly AlibabaCloudCredentials _credentials;

        public AccessKeyCredentialProvider(string accessKeyId, string accessKeySecret)
        {
            _credentials = new BasicCredentials(accessKeyId, accessKeySecret);
        }

        public AlibabaCloudCredentials GetCredentials() => _credentials;
    }
}

namespace Aliyun.Acs.Core.Profile
{
    public interface IClientProfile
    {
        string GetRegionId();
    }

    /// <summary>Only the region overload; the long-term <c>GetProfile(regionId, accessKeyId, secret)</c> is not needed here.</summary>
    public class DefaultProfile : IClientProfile
    {
        private readonly string _regionId;

        private DefaultProfile(string regionId)
        {
            _regionId = regionId;
        }

        public static DefaultProfile GetProfile(string regionId) => new DefaultProfile(regionId);

        public string GetRegionId() => _regionId;
    }
}

namespace Aliyun.Acs.Core
{
    using Aliyun.Acs.Core.Auth;
    using Aliyun.Acs.Core.Profile;

    public class AcsResponse
    {
        public string RequestId { get; set; }
    }

    public abstract class AcsRequest<T>
        where T : AcsResponse
    {
        protected AcsRequest(string product, string version, string actionName)
        {
            Product = product;
            Version = version;
            ActionName = actionName;
        }

        public string Product { get; }

        public string Version { get; }

        public string ActionName { get; }

        /// <summary>Stand-in only: the made-up answer the request gets.</summary>
        internal abstract T CreateResponse(string regionId);

        internal T Answer(string regionId) => CreateResponse(regionId);
    }

    public abstract class RpcAcsRequest<T> : AcsRequest<T>
        where T : AcsResponse
    {
        protected RpcAcsRequest(string product, string version, string actionName)
            : base(product, version, actionName)
        {
        }
    }

    public interface IAcsClient
    {
        T GetAcsResponse<T>(AcsRequest<T> request)
            where T : AcsResponse;
    }

    /// <summary>
    /// Stand-in for <c>Aliyun.Acs.Core.DefaultAcsClient</c>: asks its credentials provider on every request, and
    /// sends the token only when the credentials are <see cref="BasicSessionCredentials"/>, as the real signers do.
    /// </summary>
    public class DefaultAcsClient : IAcsClient
    {
        private readonly IClientProfile _profile;
        private readonly AlibabaCloudCredentialsProvider _credentialsProvider;

        public DefaultAcsClient(IClientProfile profile, AlibabaCloudCredentialsProvider credentialsProvider)
        {
            _profile = profile ?? throw new ArgumentNullException(nameof(profile));
            _credentialsProvider = credentialsProvider ?? throw new ArgumentNullException(nameof(credentialsProvider));
        }

        public T GetAcsResponse<T>(AcsRequest<T> request)
            where T : AcsResponse
        {
            AlibabaCloudCredentials credentials = _credentialsProvider.GetCredentials();
            string token = (credentials as BasicSessionCredentials)?.GetSessionToken();
            string region = _profile.GetRegionId();
            StandInLog.Signed(
                "Aliyun.Acs.Core",
                $"{request.ActionName} ({request.Product} {request.Version}) in {region}",
                credentials?.GetAccessKeyId(),
                token);
            return request.Answer(region);
        }
    }
}

namespace Aliyun.Acs.Ecs.Model.V20140526
{
    using Aliyun.Acs.Core;

    public class DescribeRegionsRequest : RpcAcsRequest<DescribeRegionsResponse>
    {
        public DescribeRegionsRequest()
            : base("Ecs", "2014-05-26", "DescribeRegions")
        {
        }

        internal override DescribeRegionsResponse CreateResponse(string regionId) => new()
        {
            RequestId = Guid.NewGuid().ToString("D").ToUpperInvariant(),
            Regions = new List<DescribeRegionsResponse.DescribeRegions_Region>
            {
                new() { RegionId = "cn-hangzhou", LocalName = "China (Hangzhou)" },
                new() { RegionId = "cn-shanghai", LocalName = "China (Shanghai)" },
            },
        };
    }

    public class DescribeRegionsResponse : AcsResponse
    {
        public List<DescribeRegions_Region> Regions { get; set; }

        public class DescribeRegions_Region
        {
            public string RegionId { get; set; }

            public string LocalName { get; set; }
        }
    }
}
