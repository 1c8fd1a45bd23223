// Aliyun.OSS.SDK / Aliyun.OSS.SDK.NetCore 2.14 (aliyun/aliyun-oss-csharp-sdk), sdk-catalogue.md §5: OssClient's
// credential constructors, the provider interfaces, and ListBuckets.
using System;
using System.Collections.Generic;
using DevCred.Samples.SdkStandIns;

namespace Aliyun.OSS.Common.Authentication
{
    public interface ICredentials
    {
        string AccessKeyId { get; }

        string AccessKeySecret { get; }

        string SecurityToken { get; }

        bool UseToken { get; }
    }

    public interface ICredentialsProvider
    {
        void SetCredentials(ICredentials creds);

        ICredentials GetCredentials();
    }

    public class DefaultCredentials : ICredentials
    {
        public DefaultCredentials(string accessKeyId, string accessKeySecret, string securityToken)
        {
            if (string.IsNullOrEmpty(accessKeyId))
            {
                throw new ArgumentException("accessKeyId must not be empty.", nameof(accessKeyId));
            }

            if (string.IsNullOrEmpty(accessKeySecret))
            {
                throw new ArgumentException("accessKeySecret must not be empty.", nameof(accessKeySecret));
            }

            AccessKeyId = accessKeyId.Trim();
            AccessKeySecret = accessKeySecret.Trim();
            SecurityToken = securityToken ?? string.Empty;
        }

        public string AccessKeyId { get; }

        public string AccessKeySecret { get; }

        public string SecurityToken { get; }

        public bool UseToken => !string.IsNullOrEmpty(SecurityToken);
    }

    public class DefaultCredentialsProvider : ICredentialsProvider
    {
        private volatile ICredentials _creds;

        public DefaultCredentialsProvider(ICredentials creds)
        {
            SetCredentials(creds);
        }

        public void SetCredentials(ICredentials creds)
        {
            _creds = creds ?? throw new ArgumentNullException(nameof(creds));
        }

        public ICredentials GetCredentials() => _creds;
    }
}

namespace Aliyun.OSS
{
    using Aliyun.OSS.Common.Authentication;

    public class Bucket
    {
        internal Bucket(string name, string location, DateTime creationDate)
        {
            Name = name;
            Location = location;
            CreationDate = creationDate;
        }

        public string Name { get; }

        public string Location { get; }

        public DateTime CreationDate { get; }
    }

    /// <summary>
    /// Stand-in for <c>Aliyun.OSS.OssClient</c>: the AccessKey, STS and provider constructors (string endpoints), and
    /// <see cref="ListBuckets"/>. Like the real client it asks its <see cref="ICredentialsProvider"/> for credentials
    /// when it builds each request.
    /// </summary>
    public class OssClient
    {
        private readonly Uri _endpoint;
        private readonly ICredentialsProvider _credsProvider;

        public OssClient(string endpoint, string accessKeyId, string accessKeySecret)
            : this(endpoint, Provider(accessKeyId, accessKeySecret, null))
        {
        }

        public OssClient(string endpoint, string accessKeyId, string accessKeySecret, string securityToken)
            : this(endpoint, Provider(accessKeyId, accessKeySecret, securityToken))
        {
        }

        public OssClient(string endpoint, ICredentialsProvider credsProvider)
        {
            _endpoint = new Uri(endpoint.Contains("://", StringComparison.Ordinal) ? endpoint : "https://" + endpoint);
            _credsProvider = credsProvider ?? throw new ArgumentNullException(nameof(credsProvider));
        }

        private static ICredentialsProvider Provider(string accessKeyId, string accessKeySecret, string securityToken)
            => new DefaultCredentialsProvider(new DefaultCredentials(accessKeyId, accessKeySecret, securityToken));

        public IEnumerable<Bucket> ListBuckets()
        {
            ICredentials creds = _credsProvider.GetCredentials();
            StandInLog.Signed("Aliyun.OSS", $"ListBuckets GET {_endpoint.Host}/", creds?.AccessKeyId, creds?.SecurityToken);
            return new[]
            {
                new Bucket("devcred-sample-logs", "oss-cn-hangzhou", new DateTime(2025, 3, 14, 8, 0, 0, DateTimeKind.Utc)),
                new Bucket("devcred-sample-assets", "oss-cn-shanghai", new DateTime(2025, 9, 2, 16, 30, 0, DateTimeKind.Utc)),
            };
        }
    }
}
