// OSS SDK v2 (aliyun/alibabacloud-oss-csharp-sdk-v2, namespace AlibabaCloud.OSS.V2), sdk-catalogue.md §6: the
// credentials types, Configuration, Client and ListBucketsAsync.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DevCred.Samples.SdkStandIns;

namespace AlibabaCloud.OSS.V2.Credentials
{
    public interface ICredentialsProvider
    {
        Credentials GetCredentials();
    }

    public class Credentials
    {
        public Credentials(string accessKeyId, string accessKeySecret)
            : this(accessKeyId, accessKeySecret, string.Empty)
        {
        }

        public Credentials(string accessKeyId, string accessKeySecret, string securityToken)
            : this(accessKeyId, accessKeySecret, securityToken, null)
        {
        }

        public Credentials(string accessKeyId, string accessKeySecret, string securityToken, DateTime? expiration)
        {
            AccessKeyId = accessKeyId;
            AccessKeySecret = accessKeySecret;
            SecurityToken = securityToken;
            Expiration = expiration;
        }

        public string AccessKeyId { get; }

        public string AccessKeySecret { get; }

        public string SecurityToken { get; }

        public DateTime? Expiration { get; }
    }

    public class StaticCredentialsProvider : ICredentialsProvider
    {
        private readonly Credentials _credentials;

        public StaticCredentialsProvider(string accessKeyId, string accessKeySecret)
            : this(accessKeyId, accessKeySecret, string.Empty)
        {
        }

        public StaticCredentialsProvider(string accessKeyId, string accessKeySecret, string securityToken)
        {
            _credentials = new Credentials(accessKeyId, accessKeySecret, securityToken);
        }

        public Credentials GetCredentials() => _credentials;
    }

    /// <summary>A provider that runs the given function every time the client asks, which is for every request.</summary>
    public class CredentialsProviderFunc : ICredentialsProvider
    {
        public delegate Credentials GetCredentialsFunc();

        private readonly GetCredentialsFunc _func;

        public CredentialsProviderFunc(GetCredentialsFunc func)
        {
            _func = func ?? throw new ArgumentNullException(nameof(func));
        }

        public Credentials GetCredentials() => _func();
    }
}

namespace AlibabaCloud.OSS.V2.Models
{
    public sealed class ListBucketsRequest
    {
        public string Prefix { get; set; }

        public string Marker { get; set; }

        public long? MaxKeys { get; set; }
    }

    public sealed class BucketProperties
    {
        public string Name { get; set; }

        public DateTime? CreationDate { get; set; }

        public string Region { get; set; }
    }

    public sealed class ListBucketsResult
    {
        public IList<BucketProperties> Buckets { get; internal set; }
    }
}

namespace AlibabaCloud.OSS.V2
{
    using AlibabaCloud.OSS.V2.Models;

    public class ClientOptions
    {
    }

    public class OperationOptions
    {
    }

    public class Configuration
    {
        public string Region { get; set; }

        public string Endpoint { get; set; }

        public Credentials.ICredentialsProvider CredentialsProvider { get; set; }

        public static Configuration LoadDefault() => new Configuration();
    }

    /// <summary>Stand-in for <c>AlibabaCloud.OSS.V2.Client</c>: the provider is asked for every request.</summary>
    public class Client : IDisposable
    {
        private readonly Configuration _config;

        public Client(Configuration config, params Action<ClientOptions>[] optFns)
        {
            _config = config ?? throw new ArgumentNullException(nameof(config));
            var options = new ClientOptions();
            foreach (Action<ClientOptions> optFn in optFns)
            {
                optFn(options);
            }
        }

        public Task<ListBucketsResult> ListBucketsAsync(
            ListBucketsRequest request,
            OperationOptions options = null,
            CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Credentials.Credentials credentials = _config.CredentialsProvider?.GetCredentials()
                ?? throw new InvalidOperationException("Credentials is null or empty.");
            string host = _config.Endpoint ?? $"oss-{_config.Region}.aliyuncs.com";
            StandInLog.Signed("AlibabaCloud.OSS.V2", $"ListBuckets GET {host}/", credentials.AccessKeyId, credentials.SecurityToken);
            return Task.FromResult(new ListBucketsResult
            {
                Buckets = new List<BucketProperties>
                {
                    new() { Name = "devcred-sample-logs", Region = "cn-hangzhou", CreationDate = new DateTime(2025, 3, 14, 8, 0, 0, DateTimeKind.Utc) },
                    new() { Name = "devcred-sample-assets", Region = "cn-shanghai", CreationDate = new DateTime(2025, 9, 2, 16, 30, 0, DateTimeKind.Utc) },
                },
            });
        }

        public void Dispose()
        {
        }
    }
}
