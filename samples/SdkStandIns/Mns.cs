// MNS .NET SDK (namespace Aliyun.MNS; community copies, no official repository found), sdk-catalogue.md §10: the
// service credentials types, MNSClient's constructors, and sending a message to a queue.
using System;
using DevCred.Samples.SdkStandIns;

namespace Aliyun.MNS.Runtime
{
    public class ImmutableCredentials
    {
        public ImmutableCredentials(string accessKeyId, string secretAccessKey, string stsToken)
        {
            if (string.IsNullOrEmpty(accessKeyId))
            {
                throw new ArgumentNullException(nameof(accessKeyId));
            }

            if (string.IsNullOrEmpty(secretAccessKey))
            {
                throw new ArgumentNullException(nameof(secretAccessKey));
            }

            AccessKey = accessKeyId;
            SecretKey = secretAccessKey;
            SecurityToken = string.IsNullOrEmpty(stsToken) ? null : stsToken;
        }

        public string AccessKey { get; }

        public string SecretKey { get; }

        public string SecurityToken { get; }
    }

    public abstract class ServiceCredentials
    {
        public abstract ImmutableCredentials GetCredentials();
    }

    /// <summary>The only <see cref="ServiceCredentials"/> the client asks again per request, so refreshing credentials derive from it.</summary>
    public class BasicServiceCredentials : ServiceCredentials
    {
        private readonly ImmutableCredentials _credentials;

        public BasicServiceCredentials(string accessKey, string secretKey, string stsToken)
        {
            if (!string.IsNullOrEmpty(accessKey))
            {
                _credentials = new ImmutableCredentials(accessKey, secretKey, stsToken);
            }
        }

        public override ImmutableCredentials GetCredentials() => _credentials;
    }
}

namespace Aliyun.MNS.Model
{
    public class SendMessageResponse
    {
        public string MessageId { get; set; }
    }
}

namespace Aliyun.MNS
{
    using Aliyun.MNS.Model;
    using Aliyun.MNS.Runtime;

    public class MNSConfig
    {
        public Uri RegionEndpoint { get; set; }
    }

    /// <summary>Stand-in for <c>Aliyun.MNS.MNSClient</c>: the credentials, AccessKey and STS constructors.</summary>
    public class MNSClient
    {
        private readonly ServiceCredentials _credentials;
        private readonly MNSConfig _config;

        public MNSClient(ServiceCredentials credentials, String regionEndpoint)
            : this(credentials, new MNSConfig { RegionEndpoint = new Uri(regionEndpoint) })
        {
        }

        public MNSClient(ServiceCredentials credentials, MNSConfig clientConfig)
        {
            _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
            _config = clientConfig ?? throw new ArgumentNullException(nameof(clientConfig));
        }

        public MNSClient(string accessKeyId, string secretAccessKey, string regionEndpoint)
            : this(new BasicServiceCredentials(accessKeyId, secretAccessKey, null), regionEndpoint)
        {
        }

        public MNSClient(string accessKeyId, string secretAccessKey, string regionEndpoint, string stsToken)
            : this(new BasicServiceCredentials(accessKeyId, secretAccessKey, stsToken), regionEndpoint)
        {
        }

        public Queue GetNativeQueue(string queueName) => new Queue(this, queueName);

        /// <summary>What one request is signed with: only BasicServiceCredentials are asked, every time.</summary>
        internal void Sign(string request)
        {
            ImmutableCredentials credentials = (_credentials as BasicServiceCredentials)?.GetCredentials();
            StandInLog.Signed("Aliyun.MNS", $"{request} on {_config.RegionEndpoint.Host}", credentials?.AccessKey, credentials?.SecurityToken);
        }
    }

    public class Queue
    {
        private readonly MNSClient _client;

        internal Queue(MNSClient client, string queueName)
        {
            _client = client;
            QueueName = queueName;
        }

        public string QueueName { get; }

        public SendMessageResponse SendMessage(string messageBody)
        {
            _client.Sign($"SendMessage POST /queues/{QueueName}/messages");
            return new SendMessageResponse { MessageId = Guid.NewGuid().ToString("N").Substring(0, 16).ToUpperInvariant() };
        }
    }
}
