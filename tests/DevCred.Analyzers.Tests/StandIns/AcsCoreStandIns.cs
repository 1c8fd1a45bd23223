namespace DevCred.Analyzers.Tests.StandIns;

internal static class AcsCoreStandIns
{
    public const string Source = """
        // aliyun-net-sdk-core 1.6.2 as described in sdk-catalogue.md §3 (namespaces Aliyun.Acs.Core, .Profile, .Auth).
        namespace Aliyun.Acs.Core.Auth
        {
            public interface AlibabaCloudCredentials
            {
                string GetAccessKeyId();
                string GetAccessKeySecret();
            }

            public interface AlibabaCloudCredentialsProvider
            {
                AlibabaCloudCredentials GetCredentials();
            }

            public interface ICredentialProvider
            {
                Credential Fresh();
            }

            public class BasicCredentials : AlibabaCloudCredentials
            {
                private string _accessKeyId;
                private string _accessKeySecret;

                public BasicCredentials(string accessKeyId, string accessKeySecret)
                {
                    _accessKeyId = accessKeyId;
                    _accessKeySecret = accessKeySecret;
                }

                private BasicCredentials() { }

                // Lets the stand-in's own providers build one without a call the DevCred analyzers would report.
                internal static BasicCredentials ForStandIn(string first, string second)
                    => new BasicCredentials { _accessKeyId = first, _accessKeySecret = second };

                public string GetAccessKeyId() => _accessKeyId;
                public string GetAccessKeySecret() => _accessKeySecret;
            }

            public class BasicSessionCredentials : AlibabaCloudCredentials
            {
                private readonly string _accessKeyId;
                private readonly string _accessKeySecret;
                private readonly string _sessionToken;

                public BasicSessionCredentials(string accessKeyId, string accessKeySecret, string sessionToken, long roleSessionDurationSeconds = 0)
                {
                    _accessKeyId = accessKeyId;
                    _accessKeySecret = accessKeySecret;
                    _sessionToken = sessionToken;
                }

                public string GetAccessKeyId() => _accessKeyId;
                public string GetAccessKeySecret() => _accessKeySecret;
                public string GetSessionToken() => _sessionToken;
            }

            public class Credential : AlibabaCloudCredentials
            {
                public Credential() { }

                public Credential(string keyId, string secret)
                {
                    AccessKeyId = keyId;
                    AccessSecret = secret;
                }

                public Credential(string keyId, string secret, string securityToken)
                {
                    AccessKeyId = keyId;
                    AccessSecret = secret;
                    SecurityToken = securityToken;
                }

                public Credential(string keyId, string secret, int expiredHours)
                {
                    AccessKeyId = keyId;
                    AccessSecret = secret;
                }

                public Credential(string keyId, string secret, string securityToken, int expiredHours)
                {
                    AccessKeyId = keyId;
                    AccessSecret = secret;
                    SecurityToken = securityToken;
                }

                public string AccessKeyId { get; set; }
                public string AccessSecret { get; set; }
                public string SecurityToken { get; set; }

                public string GetAccessKeyId() => AccessKeyId;
                public string GetAccessKeySecret() => AccessSecret;
            }

            // Reads the wrapped Credential on every call and never carries its SecurityToken (§3.3).
            public class LegacyCredentials : AlibabaCloudCredentials
            {
                private readonly Credential _legacyCredential;

                public LegacyCredentials(Credential legacyCredential)
                {
                    _legacyCredential = legacyCredential;
                }

                public string GetAccessKeyId() => _legacyCredential.AccessKeyId;
                public string GetAccessKeySecret() => _legacyCredential.AccessSecret;
            }

            public class AccessKeyCredentialProvider : AlibabaCloudCredentialsProvider
            {
                private readonly string _accessKeyId;
                private readonly string _accessKeySecret;

                public AccessKeyCredentialProvider(string accessKeyId, string accessKeySecret)
                {
                    _accessKeyId = accessKeyId;
                    _accessKeySecret = accessKeySecret;
                }

                public AlibabaCloudCredentials GetCredentials() => BasicCredentials.ForStandIn(_accessKeyId, _accessKeySecret);
            }

            // Hands out a plain Credential, not BasicSessionCredentials, so requests drop the token (§3.3).
            public class StsCredentialProvider : AlibabaCloudCredentialsProvider
            {
                private readonly Credential _stsCredential;

                public StsCredentialProvider(string accessKeyId, string accessKeySecret, string securityToken)
                {
                    _stsCredential = new Credential(accessKeyId, accessKeySecret, securityToken);
                }

                public AlibabaCloudCredentials GetCredentials() => _stsCredential;
            }
        }

        namespace Aliyun.Acs.Core.Profile
        {
            using Aliyun.Acs.Core.Auth;

            public interface IClientProfile
            {
                Credential GetCredential();
            }

            // The credential lives in a static field shared by every profile; Fresh() is called once (§3.2, §3.3).
            public class DefaultProfile : IClientProfile
            {
                private static Credential _credential;
                private static ICredentialProvider _credentialProvider;

                private DefaultProfile(string regionId)
                {
                    RegionIdForTests = regionId;
                }

                public string RegionIdForTests { get; private set; }

                public static DefaultProfile GetProfile() => new DefaultProfile(null);

                public static DefaultProfile GetProfile(string regionId) => new DefaultProfile(regionId);

                public static DefaultProfile GetProfile(string regionId, string accessKeyId, string secret)
                {
                    _credential = Make(accessKeyId, secret, null);
                    _credentialProvider = null;
                    return new DefaultProfile(regionId);
                }

                public static DefaultProfile GetProfile(string regionId, ICredentialProvider icredential)
                {
                    _credential = null;
                    _credentialProvider = icredential;
                    return new DefaultProfile(regionId);
                }

                private static Credential Make(string keyId, string secret, string securityToken) => new Credential(keyId, secret, securityToken);

                public Credential GetCredential()
                {
                    if (_credential == null && _credentialProvider != null)
                    {
                        _credential = _credentialProvider.Fresh();
                    }

                    return _credential;
                }
            }
        }

        namespace Aliyun.Acs.Core
        {
            using System;
            using Aliyun.Acs.Core.Auth;
            using Aliyun.Acs.Core.Profile;

            public interface IAcsClient
            {
            }

            public class DefaultAcsClient : IAcsClient
            {
                private readonly AlibabaCloudCredentialsProvider _credentialsProvider;

                public DefaultAcsClient() { }

                // Like the real StaticCredentialsProvider(IClientProfile): reads the profile's Credential once, here.
                public DefaultAcsClient(IClientProfile profile)
                    : this(profile, FromProfile(profile))
                {
                }

                public DefaultAcsClient(IClientProfile profile, AlibabaCloudCredentials credentials)
                    : this(profile, new Fixed(credentials))
                {
                }

                public DefaultAcsClient(IClientProfile profile, AlibabaCloudCredentialsProvider credentialsProvider)
                {
                    _credentialsProvider = credentialsProvider;
                }

                public AlibabaCloudCredentials SignedWithForTests { get; private set; }

                // What a request would sign with: the provider is asked every time. The real client falls back to its
                // default chain (environment, OIDC, ini file, ECS role) when there is none; the stand-in throws instead.
                public AlibabaCloudCredentials SignForTests()
                {
                    AlibabaCloudCredentials credentials = _credentialsProvider == null ? null : _credentialsProvider.GetCredentials();
                    if (credentials == null)
                    {
                        throw new InvalidOperationException("Stand-in: the default credential chain is not simulated.");
                    }

                    SignedWithForTests = credentials;
                    return credentials;
                }

                private static AlibabaCloudCredentialsProvider FromProfile(IClientProfile profile)
                {
                    Credential legacy = profile.GetCredential();
                    return new Fixed(legacy.SecurityToken != null
                        ? new BasicSessionCredentials(legacy.AccessKeyId, legacy.AccessSecret, legacy.SecurityToken)
                        : (AlibabaCloudCredentials)new LegacyCredentials(legacy));
                }

                private sealed class Fixed : AlibabaCloudCredentialsProvider
                {
                    private readonly AlibabaCloudCredentials _credentials;
                    public Fixed(AlibabaCloudCredentials credentials) { _credentials = credentials; }
                    public AlibabaCloudCredentials GetCredentials() => _credentials;
                }
            }
        }
        """;
}
