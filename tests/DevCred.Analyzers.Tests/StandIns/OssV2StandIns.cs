namespace DevCred.Analyzers.Tests.StandIns;

internal static class OssV2StandIns
{
    public const string Source = """
        // OSS SDK v2 (AlibabaCloud.OSS.V2) as described in sdk-catalogue.md §6.
        namespace AlibabaCloud.OSS.V2.Credentials
        {
            using System;

            public interface ICredentialsProvider
            {
                Credentials GetCredentials();
            }

            public class Credentials
            {
                public Credentials(string accessKeyId, string accessKeySecret)
                {
                    AccessKeyId = accessKeyId;
                    AccessKeySecret = accessKeySecret;
                    SecurityToken = string.Empty;
                }

                public Credentials(string accessKeyId, string accessKeySecret, string securityToken)
                {
                    AccessKeyId = accessKeyId;
                    AccessKeySecret = accessKeySecret;
                    SecurityToken = securityToken;
                }

                public Credentials(string accessKeyId, string accessKeySecret, string securityToken, DateTime? expiration)
                {
                    AccessKeyId = accessKeyId;
                    AccessKeySecret = accessKeySecret;
                    SecurityToken = securityToken;
                    Expiration = expiration;
                }

                public string AccessKeyId { get; private set; }
                public string AccessKeySecret { get; private set; }
                public string SecurityToken { get; private set; }
                public DateTime? Expiration { get; private set; }
            }

            public class StaticCredentialsProvider : ICredentialsProvider
            {
                private readonly Credentials _credentials;

                public StaticCredentialsProvider(string accessKeyId, string accessKeySecret)
                {
                    _credentials = Make(accessKeyId, accessKeySecret, string.Empty);
                }

                public StaticCredentialsProvider(string accessKeyId, string accessKeySecret, string securityToken)
                {
                    _credentials = Make(accessKeyId, accessKeySecret, securityToken);
                }

                private static Credentials Make(string accessKeyId, string accessKeySecret, string securityToken)
                    => new Credentials(accessKeyId, accessKeySecret, securityToken);

                public Credentials GetCredentials() => _credentials;
            }

            public class CredentialsProviderFunc : ICredentialsProvider
            {
                public delegate Credentials GetCredentialsFunc();

                private readonly GetCredentialsFunc _func;

                public CredentialsProviderFunc(GetCredentialsFunc func)
                {
                    _func = func;
                }

                public Credentials GetCredentials() => _func();
            }

            // Reads OSS_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET and optional OSS_SESSION_TOKEN, not ALIBABA_CLOUD_*.
            public class EnvironmentVariableCredentialsProvider : ICredentialsProvider
            {
                private static readonly string[] Variables = { "OSS_ACCESS_KEY_ID", "OSS_ACCESS_KEY_SECRET", "OSS_SESSION_TOKEN" };

                public EnvironmentVariableCredentialsProvider()
                {
                }

                public Credentials GetCredentials() => new Credentials(
                    Environment.GetEnvironmentVariable(Variables[0]),
                    Environment.GetEnvironmentVariable(Variables[1]),
                    Environment.GetEnvironmentVariable(Variables[2]));
            }
        }

        namespace AlibabaCloud.OSS.V2
        {
            using System;

            public class ClientOptions
            {
            }

            public class Configuration
            {
                public string Region { get; set; }
                public string Endpoint { get; set; }
                public Credentials.ICredentialsProvider CredentialsProvider { get; set; }

                public static Configuration LoadDefault() => new Configuration();
            }

            public class Client : IDisposable
            {
                private readonly Credentials.ICredentialsProvider _credentialsProvider;

                public Client(Configuration config, params Action<ClientOptions>[] optFns)
                {
                    _credentialsProvider = config.CredentialsProvider;
                    var options = new ClientOptions();
                    foreach (Action<ClientOptions> optFn in optFns)
                    {
                        optFn(options);
                    }
                }

                public Credentials.Credentials SignedWithForTests { get; private set; }

                // What a request would sign with: the provider is asked for every request.
                public Credentials.Credentials SignForTests()
                {
                    Credentials.Credentials credentials = _credentialsProvider == null ? null : _credentialsProvider.GetCredentials();
                    SignedWithForTests = credentials;
                    return credentials;
                }

                public void Dispose()
                {
                }
            }
        }
        """;
}
