// Aliyun.Credentials 1.5.3 (aliyun/credentials-csharp), sdk-catalogue.md §2: the provider interface, the model it
// returns, Config, and Client. OpenApiClient's Config.Credential is one of these Clients.
using System;
using System.Threading.Tasks;

namespace Aliyun.Credentials.Models
{
    public class CredentialModel
    {
        public string AccessKeyId { get; set; }

        public string AccessKeySecret { get; set; }

        public string SecurityToken { get; set; }

        public string BearerToken { get; set; }

        public string Type { get; set; }

        /// <summary>Epoch milliseconds.</summary>
        public long Expiration { get; set; }

        public string ProviderName { get; set; }
    }

    /// <summary>Only the members the README's examples use.</summary>
    public class Config
    {
        public string Type { get; set; }

        public string AccessKeyId { get; set; }

        public string AccessKeySecret { get; set; }

        public string SecurityToken { get; set; }

        public string CredentialsURI { get; set; }

        public int Timeout { get; set; }

        public int ConnectTimeout { get; set; }
    }
}

namespace Aliyun.Credentials.Provider
{
    using Aliyun.Credentials.Models;

    public interface IAlibabaCloudCredentialsProvider
    {
        CredentialModel GetCredentials();

        Task<CredentialModel> GetCredentialsAsync();

        string GetProviderName();
    }
}

namespace Aliyun.Credentials
{
    using Aliyun.Credentials.Models;
    using Aliyun.Credentials.Provider;

    /// <summary>
    /// Stand-in for <c>Aliyun.Credentials.Client</c>. Like the real one, <see cref="Client(object)"/> takes null (the
    /// default chain), a <see cref="Config"/> or an <see cref="IAlibabaCloudCredentialsProvider"/>, and a provider is
    /// asked again on every <see cref="GetCredential"/>. Types that need the network (RAM role, ECS, OIDC, the default
    /// chain) are not simulated; <c>credentials_uri</c> returns a credential without keys, as 1.5.3 does
    /// (sdk-catalogue.md §2.5, DEVCRED008).
    /// </summary>
    public class Client
    {
        private readonly IAlibabaCloudCredentialsProvider _provider;
        private readonly Config _config;

        public Client()
            : this(null)
        {
        }

        public Client(object obj)
        {
            _provider = obj as IAlibabaCloudCredentialsProvider;
            _config = obj as Config;
            if (obj != null && _provider == null && _config == null)
            {
                throw new ArgumentException("Client(object) takes null, a Config or an IAlibabaCloudCredentialsProvider.", nameof(obj));
            }
        }

        public CredentialModel GetCredential()
        {
            if (_provider != null)
            {
                return _provider.GetCredentials();
            }

            return FromConfig(_config);
        }

        public async Task<CredentialModel> GetCredentialAsync()
        {
            if (_provider != null)
            {
                return await _provider.GetCredentialsAsync().ConfigureAwait(false);
            }

            return FromConfig(_config);
        }

        private static CredentialModel FromConfig(Config config)
        {
            switch (config?.Type)
            {
                case "access_key":
                    return new CredentialModel
                    {
                        AccessKeyId = Or(config.AccessKeyId, "ALIBABA_CLOUD_ACCESS_KEY_ID"),
                        AccessKeySecret = Or(config.AccessKeySecret, "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                        Type = "access_key",
                        ProviderName = "static_ak",
                    };
                case "sts":
                    return new CredentialModel
                    {
                        AccessKeyId = Or(config.AccessKeyId, "ALIBABA_CLOUD_ACCESS_KEY_ID"),
                        AccessKeySecret = Or(config.AccessKeySecret, "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                        SecurityToken = Or(config.SecurityToken, "ALIBABA_CLOUD_SECURITY_TOKEN"),
                        Type = "sts",
                        ProviderName = "static_sts",
                    };
                case "credentials_uri":
                    // What 1.5.3 returns: the response's AccessKeyId, AccessKeySecret and SecurityToken are not copied.
                    return new CredentialModel { Type = "credentials_uri", ProviderName = "credentials_uri" };
                default:
                    throw new NotSupportedException(
                        $"Stand-in Aliyun.Credentials.Client: '{config?.Type ?? "default chain"}' needs the network and is not simulated.");
            }
        }

        private static string Or(string value, string variable)
            => string.IsNullOrWhiteSpace(value) ? Environment.GetEnvironmentVariable(variable) : value;
    }
}
