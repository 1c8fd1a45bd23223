// AlibabaCloud.OpenApiClient (aliyun/darabonba-openapi), sdk-catalogue.md §4: the Config every AlibabaCloud.SDK.*
// product client is built from, and the base class of those clients.
using System;
using Aliyun.Credentials.Models;
using DevCred.Samples.SdkStandIns;

namespace AlibabaCloud.OpenApiClient.Models
{
    /// <summary>Stand-in for <c>AlibabaCloud.OpenApiClient.Models.Config</c>: the credential and endpoint members.</summary>
    public class Config
    {
        public string AccessKeyId { get; set; }

        public string AccessKeySecret { get; set; }

        public string SecurityToken { get; set; }

        public string BearerToken { get; set; }

        public Aliyun.Credentials.Client Credential { get; set; }

        public string Endpoint { get; set; }

        public string RegionId { get; set; }
    }
}

namespace AlibabaCloud.OpenApiClient
{
    /// <summary>
    /// Stand-in for <c>AlibabaCloud.OpenApiClient.Client</c>. Like the real constructor it decides once where
    /// credentials come from: AccessKeyId and AccessKeySecret win (with SecurityToken: STS), then BearerToken, then
    /// Credential, whose <c>GetCredential()</c> is asked again for every request. With none of them a request fails
    /// with InvalidCredentials.
    /// </summary>
    public class Client
    {
        private readonly Func<CredentialModel> _credential;

        public Client(Models.Config config)
        {
            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }

            string id = config.AccessKeyId;
            string secret = config.AccessKeySecret;
            string token = config.SecurityToken;
            if (!string.IsNullOrEmpty(id) && !string.IsNullOrEmpty(secret))
            {
                bool sts = !string.IsNullOrEmpty(token);
                _credential = () => new CredentialModel
                {
                    AccessKeyId = id,
                    AccessKeySecret = secret,
                    SecurityToken = sts ? token : null,
                    Type = sts ? "sts" : "access_key",
                };
            }
            else if (!string.IsNullOrEmpty(config.BearerToken))
            {
                string bearer = config.BearerToken;
                _credential = () => new CredentialModel { BearerToken = bearer, Type = "bearer" };
            }
            else if (config.Credential != null)
            {
                _credential = config.Credential.GetCredential;
            }

            Endpoint = config.Endpoint;
        }

        protected string Endpoint { get; }

        /// <summary>Stand-in only: what a request would be signed with, printed masked.</summary>
        protected void SignRequest(string product, string request)
        {
            if (_credential == null)
            {
                throw new InvalidOperationException(
                    "InvalidCredentials: set AccessKeyId and AccessKeySecret, BearerToken, or Credential in the Config.");
            }

            CredentialModel credential = _credential();
            StandInLog.Signed(product, $"{request} on {Endpoint}", credential?.AccessKeyId, credential?.SecurityToken);
        }
    }
}
