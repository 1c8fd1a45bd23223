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
        }

        namespace Aliyun.Credentials
        {
            using Aliyun.Credentials.Models;
            using Aliyun.Credentials.Provider;

            public class Client
            {
                private readonly IAlibabaCloudCredentialsProvider _provider;
                public Client() { }
                public Client(object obj) { _provider = obj as IAlibabaCloudCredentialsProvider; }
                public CredentialModel GetCredential() => _provider?.GetCredentials() ?? new CredentialModel();
            }
        }
        """;
}
