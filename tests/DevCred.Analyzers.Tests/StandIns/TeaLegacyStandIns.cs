namespace DevCred.Analyzers.Tests.StandIns;

// Needs AliyunCredentialsStandIns.Source in the same compilation (Config.Credential is an Aliyun.Credentials.Client).
internal static class TeaLegacyStandIns
{
    public const string Source = """
        // Legacy Tea AlibabaCloud.RPCClient / AlibabaCloud.ROAClient as described in sdk-catalogue.md §4.4.
        namespace AlibabaCloud.RPCClient.Models
        {
            public class Config
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string SecurityToken { get; set; }
                public Aliyun.Credentials.Client Credential { get; set; }
                public string Type { get; set; }
            }
        }

        namespace AlibabaCloud.ROAClient.Models
        {
            public class Config
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string SecurityToken { get; set; }
                public Aliyun.Credentials.Client Credential { get; set; }
                public string Type { get; set; }
            }
        }

        namespace AlibabaCloud.RPCClient
        {
            using System;
            using Aliyun.Credentials.Models;

            public class Client
            {
                private readonly Func<CredentialModel> _sign;

                // Decided once: explicit keys win over Credential; with neither the constructor fails (ParameterMissing).
                public Client(Models.Config config)
                {
                    string id = config.AccessKeyId;
                    string secret = config.AccessKeySecret;
                    string token = config.SecurityToken;
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
                    else if (credential != null)
                    {
                        _sign = credential.GetCredential;
                    }
                    else
                    {
                        throw new ArgumentException("ParameterMissing: AccessKeyId/AccessKeySecret or Credential.", "config");
                    }
                }

                public CredentialModel SignedWithForTests { get; private set; }

                // What a request would sign with; Credential.GetCredential() is asked on every call.
                public CredentialModel SignForTests()
                {
                    CredentialModel credential = _sign();
                    SignedWithForTests = credential;
                    return credential;
                }
            }
        }
        """;
}
