namespace DevCred.Analyzers.Tests.StandIns;

internal static class OssTeaStandIns
{
    public const string Source = """
        // Tea-generated AlibabaCloud.SDK.OSS.Client (namespace AlibabaCloud.OSS) as described in sdk-catalogue.md §7.
        namespace AlibabaCloud.OSS.Models
        {
            public class Config
            {
                public string Type { get; set; }
                public string SecurityToken { get; set; }
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string Endpoint { get; set; }
                public string RegionId { get; set; }
            }
        }

        namespace AlibabaCloud.OSS
        {
            using System;

            public class Client
            {
                private readonly string _type;
                private readonly string _accessKeyId;
                private readonly string _accessKeySecret;
                private readonly string _securityToken;

                // An empty Type becomes "access_key", and Aliyun.Credentials' "access_key" ignores SecurityToken:
                // STS needs Type = "sts" as well (§7).
                public Client(Models.Config config)
                {
                    if (string.IsNullOrEmpty(config.Type))
                    {
                        config.Type = "access_key";
                    }

                    _type = config.Type;
                    _accessKeyId = config.AccessKeyId;
                    _accessKeySecret = config.AccessKeySecret;
                    _securityToken = config.SecurityToken;
                }

                public (string AccessKeyId, string AccessKeySecret, string SecurityToken) SignedWithForTests { get; private set; }

                public (string AccessKeyId, string AccessKeySecret, string SecurityToken) SignForTests()
                {
                    switch (_type)
                    {
                        case "access_key":
                            SignedWithForTests = (_accessKeyId, _accessKeySecret, null);
                            break;
                        case "sts":
                            SignedWithForTests = (_accessKeyId, _accessKeySecret, _securityToken);
                            break;
                        default:
                            throw new NotSupportedException("Stand-in: Type '" + _type + "' is not simulated.");
                    }

                    return SignedWithForTests;
                }
            }
        }
        """;
}
