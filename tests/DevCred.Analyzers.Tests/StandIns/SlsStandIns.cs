namespace DevCred.Analyzers.Tests.StandIns;

internal static class SlsStandIns
{
    public const string Source = """
        // aliyun-log-dotnetcore-sdk 1.1.3 and the legacy LogClient as described in sdk-catalogue.md §8.1-8.2.
        namespace Aliyun.Api.LogService.Infrastructure.Authentication
        {
            using System;

            public class Credential
            {
                public Credential(String accessKeyId, String accessKey, String stsToken = null)
                {
                    AccessKeyId = accessKeyId;
                    AccessKey = accessKey;
                    StsToken = stsToken;
                }

                public String AccessKeyId { get; }
                public String AccessKey { get; }
                public String StsToken { get; }
            }
        }

        namespace Aliyun.Api.LogService.Infrastructure.Protocol.Http
        {
            using System;
            using System.Net.Http;
            using Aliyun.Api.LogService.Infrastructure.Authentication;

            public class HttpLogServiceClientBuilder
            {
                private Func<Credential> _credentialProvider;

                public String EndpointForTests { get; private set; }
                public String ProjectForTests { get; private set; }

                public HttpLogServiceClientBuilder Endpoint(String endpoint, String project)
                {
                    EndpointForTests = endpoint;
                    ProjectForTests = project;
                    return this;
                }

                public HttpLogServiceClientBuilder Endpoint(Uri endpoint, String project)
                {
                    EndpointForTests = endpoint == null ? null : endpoint.ToString();
                    ProjectForTests = project;
                    return this;
                }

                // Long-term key only: wraps a constant delegate.
                public HttpLogServiceClientBuilder Credential(String accessKeyId, String accessKey)
                {
                    Credential credential = Make(accessKeyId, accessKey, null);
                    _credentialProvider = () => credential;
                    return this;
                }

                private static Credential Make(String accessKeyId, String accessKey, String stsToken) => new Credential(accessKeyId, accessKey, stsToken);

                public HttpLogServiceClientBuilder Credential(Func<Credential> credentialProvider)
                {
                    _credentialProvider = credentialProvider ?? throw new ArgumentNullException("credentialProvider");
                    return this;
                }

                public HttpLogServiceClient Build()
                {
                    if (_credentialProvider == null)
                    {
                        throw new ArgumentNullException("credentialProvider");
                    }

                    return new HttpLogServiceClient(new HttpClient(), _credentialProvider);
                }
            }

            public class HttpLogServiceClient
            {
                private readonly Func<Credential> _credentialProvider;

                public HttpLogServiceClient(HttpClient httpClient, Func<Credential> credentialProvider)
                {
                    _credentialProvider = credentialProvider;
                }

                public Credential SignedWithForTests { get; private set; }

                // What a request would sign with: the delegate is invoked for every request.
                public Credential SignForTests()
                {
                    Credential credential = _credentialProvider();
                    SignedWithForTests = credential;
                    return credential;
                }
            }
        }

        namespace Aliyun.Api.LogService
        {
            using Aliyun.Api.LogService.Infrastructure.Protocol.Http;

            public static class LogServiceClientBuilders
            {
                public static HttpLogServiceClientBuilder HttpBuilder => new HttpLogServiceClientBuilder();
            }
        }

        namespace Aliyun.Api.LOG
        {
            using System;

            public class LogClient
            {
                private readonly String _securityToken;

                public LogClient(String endpoint, String accessKeyId, String accessKey)
                {
                    EndpointForTests = endpoint;
                    AccessKeyId = accessKeyId;
                    AccessKey = accessKey;
                }

                public LogClient(String endpoint, String accessKeyId, String accessKey, String securityToken)
                {
                    EndpointForTests = endpoint;
                    AccessKeyId = accessKeyId;
                    AccessKey = accessKey;
                    _securityToken = securityToken;
                }

                public String AccessKeyId { get; }
                public String AccessKey { get; }
                public String EndpointForTests { get; private set; }

                // The token is fixed at construction: there is no setter, so no refresh without a new client.
                public (String AccessKeyId, String AccessKey, String SecurityToken) SignForTests()
                    => (AccessKeyId, AccessKey, _securityToken);
            }
        }
        """;
}
