namespace DevCred.Analyzers.Tests.StandIns;

/// <summary>
/// Aliyun.Credentials with the real namespaces, names and signatures (credentials-csharp 1.5.3), as source for
/// test compilations. The Client hands out what its provider or Config gives, like the real one.
/// </summary>
internal static class AliyunCredentialsStandIns
{
    public const string Source = """
        namespace Aliyun.Credentials.Models
        {
            public class Config
            {
                public string Type { get; set; }
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string SecurityToken { get; set; }
                public string CredentialsURI { get; set; }
                public int Timeout { get; set; }
                public int ConnectTimeout { get; set; }
                public string BearerToken { get; set; }
                public string RoleArn { get; set; }
                public string RoleSessionName { get; set; }
                public string RoleName { get; set; }
                public string PublicKeyId { get; set; }
                public string PrivateKeyFile { get; set; }
                public string Policy { get; set; }
                public int RoleSessionExpiration { get; set; }
                public string OIDCProviderArn { get; set; }
                public string OIDCTokenFilePath { get; set; }
                public string STSEndpoint { get; set; }
                public string ExternalId { get; set; }
                public bool? DisableIMDSv1 { get; set; }
            }

            public class CredentialModel
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string SecurityToken { get; set; }
                public string BearerToken { get; set; }
                public string Type { get; set; }
                public long Expiration { get; set; }
                public string ProviderName { get; set; }
            }
        }

        namespace Aliyun.Credentials.Provider
        {
            using System.Threading.Tasks;
            using Aliyun.Credentials.Models;

            public interface IAlibabaCloudCredentialsProvider
            {
                CredentialModel GetCredentials();
                Task<CredentialModel> GetCredentialsAsync();
                string GetProviderName();
            }

            public class URLCredentialProvider : IAlibabaCloudCredentialsProvider
            {
                public URLCredentialProvider(string credentialsURI) { }
                private URLCredentialProvider() { }
                public static Builder Builder() => new Builder();
                public CredentialModel GetCredentials() => new CredentialModel { Type = "credentials_uri" };
                public Task<CredentialModel> GetCredentialsAsync() => Task.FromResult(GetCredentials());
                public string GetProviderName() => "credentials_uri";
            }

            public class Builder
            {
                public Builder CredentialsURI(string uri) => this;
                public URLCredentialProvider Build() => null;
            }

            public class StaticCredentialsProvider : IAlibabaCloudCredentialsProvider
            {
                private readonly CredentialModel _credential;
                public StaticCredentialsProvider(CredentialModel credential) { _credential = credential; }
                public CredentialModel GetCredentials() => _credential;
                public Task<CredentialModel> GetCredentialsAsync() => Task.FromResult(_credential);
                public string GetProviderName() => "static";
            }

            public class RamRoleArnCredentialProvider : IAlibabaCloudCredentialsProvider
            {
                [System.Obsolete]
                public RamRoleArnCredentialProvider(string accessKeyId, string accessKeySecret, string roleArn)
                {
                    AccessKeyIdForTests = accessKeyId;
                    AccessKeySecretForTests = accessKeySecret;
                    RoleArnForTests = roleArn;
                }

                [System.Obsolete]
                public RamRoleArnCredentialProvider(string accessKeyId, string accessKeySecret, string roleSessionName, string roleArn, string regionId, string policy)
                {
                    AccessKeyIdForTests = accessKeyId;
                    AccessKeySecretForTests = accessKeySecret;
                    RoleArnForTests = roleArn;
                }

                public string AccessKeyIdForTests { get; private set; }
                public string AccessKeySecretForTests { get; private set; }
                public string RoleArnForTests { get; private set; }

                // AssumeRole needs the network; the stand-in never calls it.
                public CredentialModel GetCredentials() => throw new System.NotSupportedException("Stand-in: RAM role ARN needs STS.");
                public Task<CredentialModel> GetCredentialsAsync() => Task.FromResult(GetCredentials());
                public string GetProviderName() => "ram_role_arn";
            }
        }

        namespace Aliyun.Credentials
        {
            using System;
            using System.Threading.Tasks;
            using Aliyun.Credentials.Models;
            using Aliyun.Credentials.Provider;

            public interface IAlibabaCloudCredentials
            {
            }

            [Obsolete]
            public class AccessKeyCredential : IAlibabaCloudCredentials
            {
                public AccessKeyCredential(string accessKeyId, string accessKeySecret)
                {
                    AccessKeyIdForTests = accessKeyId;
                    AccessKeySecretForTests = accessKeySecret;
                }

                public string AccessKeyIdForTests { get; private set; }
                public string AccessKeySecretForTests { get; private set; }
            }

            [Obsolete]
            public class StsCredential : IAlibabaCloudCredentials
            {
                public StsCredential(string accessKeyId, string accessKeySecret, string securityToken)
                {
                    AccessKeyIdForTests = accessKeyId;
                    AccessKeySecretForTests = accessKeySecret;
                    SecurityTokenForTests = securityToken;
                }

                public string AccessKeyIdForTests { get; private set; }
                public string AccessKeySecretForTests { get; private set; }
                public string SecurityTokenForTests { get; private set; }
            }

            public class Client
            {
                private readonly IAlibabaCloudCredentialsProvider _provider;
                private readonly Config _config;
                private readonly CredentialModel _static;

                public Client() { }

                // Like the real one: null is the default chain, a provider is asked on every call, a Config picks by Type.
                public Client(object obj)
                {
                    _provider = obj as IAlibabaCloudCredentialsProvider;
                    _config = obj as Config;
                    if (obj != null && _provider == null && _config == null)
                    {
                        throw new ArgumentException("Client(object) takes null, a Config or an IAlibabaCloudCredentialsProvider.", "obj");
                    }

                    if (_config != null)
                    {
                        _static = FromConfig(_config);
                    }
                }

                public CredentialModel GetCredential()
                {
                    if (_config != null)
                    {
                        return Copy(_static ?? throw new NotSupportedException("Stand-in: Type '" + _config.Type + "' needs the network."));
                    }

                    return _provider?.GetCredentials() ?? new CredentialModel();
                }

                public async Task<CredentialModel> GetCredentialAsync()
                {
                    if (_provider != null)
                    {
                        return await _provider.GetCredentialsAsync() ?? new CredentialModel();
                    }

                    return GetCredential();
                }

                private static CredentialModel FromConfig(Config config)
                {
                    switch (config.Type)
                    {
                        case "access_key":
                            return new CredentialModel
                            {
                                AccessKeyId = OrEnvironment(config.AccessKeyId, "ALIBABA_CLOUD_ACCESS_KEY_ID"),
                                AccessKeySecret = OrEnvironment(config.AccessKeySecret, "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                                Type = "access_key",
                            };
                        case "sts":
                            return new CredentialModel
                            {
                                AccessKeyId = OrEnvironment(config.AccessKeyId, "ALIBABA_CLOUD_ACCESS_KEY_ID"),
                                AccessKeySecret = OrEnvironment(config.AccessKeySecret, "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                                SecurityToken = OrEnvironment(config.SecurityToken, "ALIBABA_CLOUD_SECURITY_TOKEN"),
                                Type = "sts",
                            };
                        case "bearer":
                            return new CredentialModel { BearerToken = config.BearerToken, Type = "bearer" };
                        case "credentials_uri":
                            // 1.5.3 returns no keys for this type (sdk-catalogue.md §2.5).
                            return new CredentialModel { Type = "credentials_uri" };
                        default:
                            return null;
                    }
                }

                private static string OrEnvironment(string value, string variable)
                    => string.IsNullOrWhiteSpace(value) ? Environment.GetEnvironmentVariable(variable) : value;

                private static CredentialModel Copy(CredentialModel model) => new CredentialModel
                {
                    AccessKeyId = model.AccessKeyId,
                    AccessKeySecret = model.AccessKeySecret,
                    SecurityToken = model.SecurityToken,
                    BearerToken = model.BearerToken,
                    Type = model.Type,
                    Expiration = model.Expiration,
                    ProviderName = model.ProviderName,
                };
            }
        }
        """;
}
