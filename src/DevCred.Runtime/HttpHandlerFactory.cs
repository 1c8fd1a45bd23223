using System;
using System.Net;
using System.Net.Http;

namespace DevCred.Runtime;

/// <summary>Builds the one handler of a provider's HttpClient.</summary>
internal static class HttpHandlerFactory
{
    public static HttpMessageHandler Create(Uri uri, TimeSpan connectTimeout)
    {
        // Loopback never goes through a proxy: .NET sends it to HTTP_PROXY when that variable is set.
        bool useProxy = !uri.IsLoopback;
#if NET8_0_OR_GREATER
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = useProxy,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = connectTimeout,

            // A long-lived client still picks up DNS changes of a non-loopback host.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
#else
        _ = connectTimeout;
        return new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseProxy = useProxy,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
#endif
    }
}
