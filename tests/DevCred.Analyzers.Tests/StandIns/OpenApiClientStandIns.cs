namespace DevCred.Analyzers.Tests.StandIns;

// Needs AliyunCredentialsStandIns.Source in the same compilation (Config.Credential is an Aliyun.Credentials.Client).
internal static class OpenApiClientStandIns
{
    public const string Source = """
        // AlibabaCloud.OpenApiClient and AlibabaCloud.SDK.* product clients as described in sdk-catalogue.md §4.1-4.3 and §11.
        namespace AlibabaCloud.OpenApiClient.Models
        {
            public class Config
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string SecurityToken { get; set; }
                public string BearerToken { get; set; }
                public Aliyun.Credentials.Client Credential { get; set; }
                [System.Obsolete]
                public string Type { get; set; }
                public string Endpoint { get; set; }
                public string RegionId { get; set; }
            }
        }

        namespace AlibabaCloud.OpenApiClient
        {
            using System;
            using Aliyun.Credentials.Models;

            public class Client
            {
                private readonly Func<CredentialModel> _sign;

                // Decided once, like the real constructor (§4.2): explicit keys win (Type "sts" with a token, else
                // "access_key"), then BearerToken, then Credential, whose GetCredential() is asked on every call.
                public Client(Models.Config config)
                {
                    string id = config.AccessKeyId;
                    string secret = config.AccessKeySecret;
                    string token = config.SecurityToken;
                    string bearer = config.BearerToken;
                    Aliyun.Credentials.Client credential = config.Credential;
                    if (!string.IsNullOrEmpty(id) && !string.IsNullOrEmpty(secret))
                    {
                        bool sts = !string.IsNullOrEmpty(token);
                        _sign = () => new CredentialModel
                        {
                            AccessKeyId = id,
                            AccessKeySecret = secret,
                            SecurityToken = sts ? token : null,
                            Type = sts ? "sts" : "access_key",
                        };
                    }
                    else if (!string.IsNullOrEmpty(bearer))
                    {
                        _sign = () => new CredentialModel { BearerToken = bearer, Type = "bearer" };
                    }
                    else if (credential != null)
                    {
                        _sign = credential.GetCredential;
                    }
                }

                public CredentialModel SignedWithForTests { get; private set; }

                // What a request would sign with; with no credentials at all the call fails.
                public CredentialModel SignForTests()
                {
                    if (_sign == null)
                    {
                        throw new InvalidOperationException("InvalidCredentials: set AccessKeyId/AccessKeySecret, BearerToken or Credential.");
                    }

                    CredentialModel credential = _sign();
                    SignedWithForTests = credential;
                    return credential;
                }
            }
        }

        namespace AlibabaCloud.SDK.Ecs20140526
        {
            public class Client : AlibabaCloud.OpenApiClient.Client
            {
                public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config)
                {
                }
            }
        }

        namespace AlibabaCloud.SDK.MaxCompute20220104.Models
        {
            public class ListTablesRequest
            {
            }

            public class ListTablesResponse
            {
            }
        }

        namespace AlibabaCloud.SDK.MaxCompute20220104
        {
            public class Client : AlibabaCloud.OpenApiClient.Client
            {
                public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config)
                {
                }

                public Models.ListTablesResponse ListTables(string projectName, Models.ListTablesRequest request)
                {
                    SignForTests();
                    return new Models.ListTablesResponse();
                }
            }
        }
        """;
}
