using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Samples.CredentialsEmulator;

/// <summary>
/// A deliberately small HTTP/1.1 server on a TcpListener: one request per connection, then close. Writing the
/// bytes by hand is what lets the fault modes send a cut-off body, a wrong status or nothing at all.
/// </summary>
internal sealed class CredentialsServer : IDisposable
{
    private const int MaxRequestHeaderBytes = 16 * 1024;
    private static readonly TimeSpan RequestReadTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener;
    private readonly EmulatorOptions _options;
    private readonly CredentialStore _store;
    private readonly Action<string> _log;
    private int _requests;

    public CredentialsServer(EmulatorOptions options, CredentialStore store, Action<string> log)
    {
        _options = options;
        _store = store;
        _log = log;

        // Loopback only: the emulator is for one developer's machine and for tests, never for a network.
        _listener = new TcpListener(IPAddress.Loopback, options.Port);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri Uri => new($"http://127.0.0.1:{Port}/credentials");

    public int RequestCount => Volatile.Read(ref _requests);

    public void Start() => _listener.Start();

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            _ = Task.Run(() => HandleAsync(client, stopping), CancellationToken.None);
        }
    }

    public void Dispose() => _listener.Stop();

    private async Task HandleAsync(TcpClient client, CancellationToken stopping)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                (string method, string target)? request = await ReadRequestAsync(stream, stopping);
                if (request is null)
                {
                    return;
                }

                int number = Interlocked.Increment(ref _requests);
                await RespondAsync(stream, number, request.Value.method, request.Value.target, stopping);
            }
            catch (OperationCanceledException)
            {
            }
            catch (IOException)
            {
                // The client went away (for example after its own timeout); nothing to answer.
            }
        }
    }

    private static async Task<(string method, string target)?> ReadRequestAsync(NetworkStream stream, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(RequestReadTimeout);
        byte[] buffer = new byte[MaxRequestHeaderBytes];
        int filled = 0;
        while (filled < buffer.Length)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer.AsMemory(filled), timeout.Token);
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                return null;
            }

            if (read == 0)
            {
                return null;
            }

            filled += read;
            string head = Encoding.ASCII.GetString(buffer, 0, filled);
            if (head.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                string[] requestLine = head.Substring(0, head.IndexOf("\r\n", StringComparison.Ordinal)).Split(' ');
                return requestLine.Length == 3 ? (requestLine[0], requestLine[1]) : ("", "");
            }
        }

        return ("", "");
    }

    private async Task RespondAsync(NetworkStream stream, int number, string method, string target, CancellationToken stopping)
    {
        string path = target.Split('?')[0];
        if (method.Length == 0)
        {
            await WriteAsync(stream, 400, "Bad Request", "text/plain", "bad request\n"u8.ToArray(), stopping);
            _log($"#{number} malformed request -> 400");
            return;
        }

        if (method != "GET")
        {
            await WriteAsync(stream, 405, "Method Not Allowed", "text/plain", "only GET\n"u8.ToArray(), stopping, "Allow: GET\r\n");
            _log($"#{number} {method} {path} -> 405");
            return;
        }

        bool fault = _options.FaultCount == 0 || number <= _options.FaultCount;
        FaultMode mode = fault ? _options.Mode : FaultMode.Normal;
        string prefix = $"#{number} GET {path} -> ";
        switch (mode)
        {
            case FaultMode.Slow:
                _log(prefix + $"waiting {_options.Delay.TotalSeconds:0.###} s (slow)");
                await Task.Delay(_options.Delay, stopping);
                await ServeAsync(stream, _store.Current, prefix + "200 after delay: ", stopping);
                break;
            case FaultMode.ServerError:
                await WriteAsync(stream, 500, "Internal Server Error", "application/json",
                    """{"Code":"InternalError","Message":"The emulator was told to fail (mode 500)."}"""u8.ToArray(), stopping);
                _log(prefix + "500 (mode 500)");
                break;
            case FaultMode.Malformed:
                await WriteAsync(stream, 200, "OK", "text/html",
                    "<html><body><h1>Gateway page</h1><p>not the credentials JSON</p></body></html>\n"u8.ToArray(), stopping);
                _log(prefix + "200 with an HTML body (malformed)");
                break;
            case FaultMode.CodeError:
                await WriteAsync(stream, 200, "OK", "application/json",
                    """{"Code":"Forbidden.NoRole","Message":"No RAM role is attached to this development environment (emulated)."}"""u8.ToArray(), stopping);
                _log(prefix + "200 with Code Forbidden.NoRole (code-error)");
                break;
            case FaultMode.Rotating:
                await ServeAsync(stream, _store.Rotate(), prefix + "200 new credential: ", stopping);
                break;
            case FaultMode.Dead:
                _log(prefix + "no answer (dead); holding the connection open");
                await HoldOpenAsync(stream, stopping);
                break;
            case FaultMode.Truncated:
                IssuedCredential credential = _store.Current;
                byte[] body = CredentialStore.ToServiceJson(credential);
                await WriteHeadAsync(stream, 200, "OK", "application/json", body.Length, stopping);
                await stream.WriteAsync(body.AsMemory(0, body.Length / 2), stopping);
                _log(prefix + $"200 cut off after {body.Length / 2} of {body.Length} bytes (truncated), credential #{credential.Serial}");
                break;
            case FaultMode.Redirect when !path.StartsWith("/redirected/", StringComparison.Ordinal):
                string location = $"http://127.0.0.1:{Port}/redirected{path}";
                await WriteAsync(stream, 307, "Temporary Redirect", "text/plain", "see Location\n"u8.ToArray(), stopping, $"Location: {location}\r\n");
                _log(prefix + $"307 to {location} (redirect)");
                break;
            case FaultMode.TooManyRequests:
                await WriteAsync(stream, 429, "Too Many Requests", "application/json",
                    """{"Code":"Throttling","Message":"Too many requests (emulated)."}"""u8.ToArray(), stopping, "Retry-After: 1\r\n");
                _log(prefix + "429 with Retry-After: 1");
                break;
            default:
                await ServeAsync(stream, _store.Current, prefix + "200 ", stopping);
                break;
        }
    }

    private async Task ServeAsync(NetworkStream stream, IssuedCredential credential, string logPrefix, CancellationToken stopping)
    {
        await WriteAsync(stream, 200, "OK", "application/json", CredentialStore.ToServiceJson(credential), stopping);
        _log(logPrefix + $"served credential #{credential.Serial} {credential.MaskedAccessKeyId} expiring {credential.ExpirationText}");
    }

    private static async Task HoldOpenAsync(NetworkStream stream, CancellationToken stopping)
    {
        byte[] sink = new byte[256];
        try
        {
            while (await stream.ReadAsync(sink, stopping) > 0)
            {
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task WriteAsync(
        NetworkStream stream, int status, string reason, string contentType, byte[] body, CancellationToken stopping, string extraHeaders = "")
    {
        await WriteHeadAsync(stream, status, reason, contentType, body.Length, stopping, extraHeaders);
        await stream.WriteAsync(body, stopping);
    }

    private static async Task WriteHeadAsync(
        NetworkStream stream, int status, string reason, string contentType, int length, CancellationToken stopping, string extraHeaders = "")
    {
        string head = $"HTTP/1.1 {status} {reason}\r\n"
            + $"Content-Type: {contentType}; charset=utf-8\r\n"
            + $"Content-Length: {length}\r\n"
            + "Cache-Control: no-store\r\n"
            + "Connection: close\r\n"
            + extraHeaders
            + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), stopping);
    }
}
