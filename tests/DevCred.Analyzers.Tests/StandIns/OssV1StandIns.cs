namespace DevCred.Analyzers.Tests.StandIns;

internal static class OssV1StandIns
{
    public const string Source = """
        // Aliyun.OSS.SDK(.NetCore) 2.14 as described in sdk-catalogue.md §5.
        namespace Aliyun.OSS.Common.Authentication
        {
            using System;

            public interface ICredentials
            {
                string AccessKeyId { get; }
                string AccessKeySecret { get; }
                string SecurityToken { get; }
                bool UseToken { get; }
            }

            public interface ICredentialsProvider
            {
                void SetCredentials(ICredentials creds);
                ICredentials GetCredentials();
            }

            public class DefaultCredentials : ICredentials
            {
                public DefaultCredentials(string accessKeyId, string accessKeySecret, string securityToken)
                {
                    if (string.IsNullOrEmpty(accessKeyId))
                    {
                        throw new ArgumentException("accessKeyId must not be empty.", "accessKeyId");
                    }

                    if (string.IsNullOrEmpty(accessKeySecret))
                    {
                        throw new ArgumentException("accessKeySecret must not be empty.", "accessKeySecret");
                    }

                    AccessKeyId = accessKeyId.Trim();
                    AccessKeySecret = accessKeySecret.Trim();
                    SecurityToken = securityToken ?? string.Empty;
                }

                public string AccessKeyId { get; private set; }
                public string AccessKeySecret { get; private set; }
                public string SecurityToken { get; private set; }
                public bool UseToken => !string.IsNullOrEmpty(SecurityToken);
            }

            public class DefaultCredentialsProvider : ICredentialsProvider
            {
                private volatile ICredentials _creds;

                public DefaultCredentialsProvider(ICredentials creds)
                {
                    SetCredentials(creds);
                }

                public void SetCredentials(ICredentials creds)
                {
                    _creds = creds ?? throw new ArgumentNullException("creds");
                }

                public ICredentials GetCredentials() => _creds;
            }
        }

        namespace Aliyun.OSS
        {
            using System;
            using System.Collections.Generic;
            using Aliyun.OSS.Common.Authentication;

            public class ClientConfiguration
            {
            }

            public class Bucket
            {
                internal Bucket(string name) { Name = name; }
                public string Name { get; private set; }
            }

            public class OssClient
            {
                private readonly ICredentialsProvider _credsProvider;

                public OssClient(string endpoint, string accessKeyId, string accessKeySecret)
                    : this(endpoint, Provider(accessKeyId, accessKeySecret, null), new ClientConfiguration()) { }

                public OssClient(string endpoint, string accessKeyId, string accessKeySecret, string securityToken)
                    : this(endpoint, Provider(accessKeyId, accessKeySecret, securityToken), new ClientConfiguration()) { }

                public OssClient(string endpoint, string accessKeyId, string accessKeySecret, ClientConfiguration configuration)
                    : this(endpoint, Provider(accessKeyId, accessKeySecret, null), configuration) { }

                public OssClient(string endpoint, string accessKeyId, string accessKeySecret, string securityToken, ClientConfiguration configuration)
                    : this(endpoint, Provider(accessKeyId, accessKeySecret, securityToken), configuration) { }

                public OssClient(string endpoint, ICredentialsProvider credsProvider)
                    : this(endpoint, credsProvider, new ClientConfiguration()) { }

                public OssClient(string endpoint, ICredentialsProvider credsProvider, ClientConfiguration configuration)
                {
                    EndpointForTests = endpoint;
                    _credsProvider = credsProvider;
                }

                public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret)
                    : this(endpoint, Provider(accessKeyId, accessKeySecret, null), new ClientConfiguration()) { }

                public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret, string securityToken)
                    : this(endpoint, Provider(accessKeyId, accessKeySecret, securityToken), new ClientConfiguration()) { }

                public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret, ClientConfiguration configuration)
                    : this(endpoint, Provider(accessKeyId, accessKeySecret, null), configuration) { }

                public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret, string securityToken, ClientConfiguration configuration)
                    : this(endpoint, Provider(accessKeyId, accessKeySecret, securityToken), configuration) { }

                public OssClient(Uri endpoint, ICredentialsProvider credsProvider)
                    : this(endpoint, credsProvider, new ClientConfiguration()) { }

                public OssClient(Uri endpoint, ICredentialsProvider credsProvider, ClientConfiguration configuration)
                    : this(endpoint == null ? null : endpoint.ToString(), credsProvider, configuration) { }

                private static ICredentialsProvider Provider(string accessKeyId, string accessKeySecret, string securityToken)
                    => new DefaultCredentialsProvider(new DefaultCredentials(accessKeyId, accessKeySecret, securityToken));

                public string EndpointForTests { get; private set; }

                public ICredentials SignedWithForTests { get; private set; }

                public void SwitchCredentials(ICredentials creds)
                {
                    if (creds == null)
                    {
                        throw new ArgumentNullException("creds");
                    }

                    _credsProvider.SetCredentials(creds);
                }

                public IEnumerable<Bucket> ListBuckets()
                {
                    SignForTests();
                    return new List<Bucket>();
                }

                // What a request would sign with: the provider is asked for every request.
                public ICredentials SignForTests()
                {
                    ICredentials creds = _credsProvider.GetCredentials();
                    SignedWithForTests = creds;
                    return creds;
                }
            }
        }
        """;
}
