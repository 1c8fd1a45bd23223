namespace DevCred.Analyzers.Tests.StandIns;

internal static class MnsStandIns
{
    public const string Source = """
        // MNS .NET SDK (community copies, namespace Aliyun.MNS) as described in sdk-catalogue.md §10.
        namespace Aliyun.MNS.Runtime
        {
            using System;

            public class ImmutableCredentials
            {
                public ImmutableCredentials(string accessKeyId, string secretAccessKey, string stsToken)
                {
                    if (string.IsNullOrEmpty(accessKeyId))
                    {
                        throw new ArgumentNullException("accessKeyId");
                    }

                    if (string.IsNullOrEmpty(secretAccessKey))
                    {
                        throw new ArgumentNullException("secretAccessKey");
                    }

                    AccessKey = accessKeyId;
                    SecretKey = secretAccessKey;
                    SecurityToken = string.IsNullOrEmpty(stsToken) ? null : stsToken;
                }

                public string AccessKey { get; private set; }
                public string SecretKey { get; private set; }
                public string SecurityToken { get; private set; }
            }

            public abstract class ServiceCredentials
            {
                public abstract ImmutableCredentials GetCredentials();
            }

            // The only ServiceCredentials the client asks for keys, so a refreshing implementation derives from it.
            public class BasicServiceCredentials : ServiceCredentials
            {
                private readonly ImmutableCredentials _credentials;

                public BasicServiceCredentials(string accessKey, string secretKey, string stsToken)
                {
                    if (!string.IsNullOrEmpty(accessKey))
                    {
                        _credentials = new ImmutableCredentials(accessKey, secretKey, stsToken);
                    }
                }

                public override ImmutableCredentials GetCredentials() => _credentials;
            }
        }

        namespace Aliyun.MNS
        {
            using System;
            using Aliyun.MNS.Runtime;

            public class MNSConfig
            {
                public Uri RegionEndpoint { get; set; }
            }

            public class MNSClient
            {
                private readonly ServiceCredentials _credentials;

                public MNSClient(ServiceCredentials credentials, String regionEndpoint)
                    : this(credentials, new MNSConfig { RegionEndpoint = new Uri(regionEndpoint) })
                {
                }

                public MNSClient(ServiceCredentials credentials, MNSConfig clientConfig)
                {
                    _credentials = credentials;
                    ConfigForTests = clientConfig;
                }

                public MNSClient(string accessKeyId, string secretAccessKey, string regionEndpoint)
                    : this(Basic(accessKeyId, secretAccessKey, null), new MNSConfig { RegionEndpoint = new Uri(regionEndpoint) })
                {
                }

                public MNSClient(string accessKeyId, string secretAccessKey, string regionEndpoint, string stsToken)
                    : this(Basic(accessKeyId, secretAccessKey, stsToken), new MNSConfig { RegionEndpoint = new Uri(regionEndpoint) })
                {
                }

                public MNSClient(string accessKeyId, string secretAccessKey, MNSConfig clientConfig, string stsToken)
                    : this(Basic(accessKeyId, secretAccessKey, stsToken), clientConfig)
                {
                }

                private static ServiceCredentials Basic(string accessKeyId, string secretAccessKey, string stsToken)
                    => new BasicServiceCredentials(accessKeyId, secretAccessKey, stsToken);

                public MNSConfig ConfigForTests { get; private set; }

                public ImmutableCredentials SignedWithForTests { get; private set; }

                // What a request would sign with: GetCredentials() is asked per request, only of BasicServiceCredentials.
                public ImmutableCredentials SignForTests()
                {
                    var basic = _credentials as BasicServiceCredentials;
                    ImmutableCredentials credentials = basic == null ? null : basic.GetCredentials();
                    SignedWithForTests = credentials;
                    return credentials;
                }
            }
        }
        """;
}
