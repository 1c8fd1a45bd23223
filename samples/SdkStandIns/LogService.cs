// aliyun-log-dotnetcore-sdk 1.1.3 (aliyun/aliyun-log-dotnetcore-sdk), sdk-catalogue.md §8.1: Credential, the HTTP
// client builder, and ListLogStoreAsync.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using DevCred.Samples.SdkStandIns;

namespace Aliyun.Api.LogService.Infrastructure.Authentication
{
    public class Credential
    {
        public Credential(String accessKeyId, String accessKey, String stsToken = null)
        {
            AccessKeyId = accessKeyId;
            AccessKey = accessKey;
            StsToken = stsToken;
        }

        public String AccessKeyId { get; }

        /// <summary>The AccessKey secret (SLS calls it the access key).</summary>
        public String AccessKey { get; }

        public String StsToken { get; }
    }
}

namespace Aliyun.Api.LogService.Domain.LogStore
{
    public class ListLogStoreRequest
    {
        public String LogstoreName { get; set; }

        public Int32 Offset { get; set; } = 1;

        public Int32 Size { get; set; } = 500;
    }

    public class ListLogStoreResult
    {
        public Int32 Count { get; set; }

        public Int32 Total { get; set; }

        public IList<String> Logstores { get; set; }
    }
}

namespace Aliyun.Api.LogService.Infrastructure.Protocol
{
    public interface IResponse<out TResult>
        where TResult : class
    {
        Boolean IsSuccess { get; }

        String RequestId { get; }

        TResult Result { get; }
    }
}

namespace Aliyun.Api.LogService
{
    using Aliyun.Api.LogService.Domain.LogStore;
    using Aliyun.Api.LogService.Infrastructure.Protocol;
    using Aliyun.Api.LogService.Infrastructure.Protocol.Http;

    public interface ILogServiceClient
    {
        Task<IResponse<ListLogStoreResult>> ListLogStoreAsync(ListLogStoreRequest request);
    }

    public static class LogServiceClientBuilders
    {
        public static HttpLogServiceClientBuilder HttpBuilder => new HttpLogServiceClientBuilder();
    }
}

namespace Aliyun.Api.LogService.Infrastructure.Protocol.Http
{
    using Aliyun.Api.LogService.Domain.LogStore;
    using Aliyun.Api.LogService.Infrastructure.Authentication;

    public class HttpLogServiceClientBuilder
    {
        private Uri _endpoint;
        private String _project;
        private Func<Credential> _credentialProvider;

        public HttpLogServiceClientBuilder Endpoint(String endpoint, String project)
        {
            _endpoint = new Uri(endpoint.Contains("://", StringComparison.Ordinal) ? endpoint : "https://" + endpoint);
            _project = project;
            return this;
        }

        /// <summary>Long-term key only: the builder wraps it in a delegate that always returns the same credential.</summary>
        public HttpLogServiceClientBuilder Credential(String accessKeyId, String accessKey)
        {
            var credential = new Credential(accessKeyId, accessKey);
            _credentialProvider = () => credential;
            return this;
        }

        /// <summary>The delegate is invoked for every request.</summary>
        public HttpLogServiceClientBuilder Credential(Func<Credential> credentialProvider)
        {
            _credentialProvider = credentialProvider ?? throw new ArgumentNullException(nameof(credentialProvider));
            return this;
        }

        public ILogServiceClient Build()
        {
            if (_endpoint == null || _credentialProvider == null)
            {
                throw new ArgumentException("Endpoint(…) and Credential(…) are required.");
            }

            return new HttpLogServiceClient(_endpoint, _project, _credentialProvider);
        }
    }

    public class HttpLogServiceClient : ILogServiceClient
    {
        private readonly Uri _endpoint;
        private readonly String _project;
        private readonly Func<Credential> _credentialProvider;

        internal HttpLogServiceClient(Uri endpoint, String project, Func<Credential> credentialProvider)
        {
            _endpoint = endpoint;
            _project = project;
            _credentialProvider = credentialProvider;
        }

        public Task<IResponse<ListLogStoreResult>> ListLogStoreAsync(ListLogStoreRequest request)
        {
            Credential credential = _credentialProvider();
            StandInLog.Signed("Aliyun.Api.LogService", $"ListLogStore GET {_project}.{_endpoint.Host}/logstores", credential?.AccessKeyId, credential?.StsToken);
            var logstores = new List<String> { "app-access-log", "app-error-log" };
            IResponse<ListLogStoreResult> response = new Response<ListLogStoreResult>(
                new ListLogStoreResult { Count = logstores.Count, Total = logstores.Count, Logstores = logstores });
            return Task.FromResult(response);
        }

        private sealed class Response<TResult> : IResponse<TResult>
            where TResult : class
        {
            public Response(TResult result)
            {
                Result = result;
                RequestId = Guid.NewGuid().ToString("N").ToUpperInvariant();
            }

            public Boolean IsSuccess => true;

            public String RequestId { get; }

            public TResult Result { get; }
        }
    }
}
