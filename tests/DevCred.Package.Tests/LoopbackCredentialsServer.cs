using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Package.Tests;

/// <summary>
/// A credentials service for one test: answers every GET on 127.0.0.1 with one made-up STS credential in the
/// format the development environment serves, and counts the requests.
/// </summary>
internal sealed class LoopbackCredentialsServer : IAsyncDisposable
{
    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;
    private int _requests;

    public LoopbackCredentialsServer()
    {
        AccessKeyId = "STS." + RandomBase58(25);
        AccessKeySecret = RandomBase58(44);
        SecurityToken = "CAIS" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(240));
        Expiration = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        _listener.Start();
        _serving = ServeAsync();
    }

    public string AccessKeyId { get; }

    public string AccessKeySecret { get; }

    public string SecurityToken { get; }

    public string Expiration { get; }

    public Uri Uri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/credentials");

    public int RequestCount => Volatile.Read(ref _requests);

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            using TcpClient client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            try
            {
                await AnswerAsync(client.GetStream());
            }
            catch (Exception ex) when (ex is IOException or SocketException
                || (ex is OperationCanceledException && !_stopping.IsCancellationRequested))
            {
                // A client that hangs up or never finishes its request does not stop the server.
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream)
    {
        string head = await ReadHeadAsync(stream);
        bool isGet = head.StartsWith("GET ", StringComparison.Ordinal);
        if (isGet)
        {
            Interlocked.Increment(ref _requests);
        }

        string body = isGet
            ? $$"""{"Code":"Success","AccessKeyId":"{{AccessKeyId}}","AccessKeySecret":"{{AccessKeySecret}}","SecurityToken":"{{SecurityToken}}","Expiration":"{{Expiration}}"}"""
            : """{"Code":"MethodNotAllowed"}""";
        byte[] payload = Encoding.UTF8.GetBytes(body);
        string status = isGet ? "200 OK" : "405 Method Not Allowed";
        byte[] headers = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(headers, _stopping.Token);
        await stream.WriteAsync(payload, _stopping.Token);
    }

    private async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        byte[] buffer = new byte[8192];
        int filled = 0;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (filled < buffer.Length)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(filled), timeout.Token);
            if (read == 0)
            {
                break;
            }

            filled += read;
            string head = Encoding.ASCII.GetString(buffer, 0, filled);
            if (head.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                return head;
            }
        }

        return Encoding.ASCII.GetString(buffer, 0, filled);
    }

    private static string RandomBase58(int length) => new(RandomNumberGenerator.GetItems<char>(Base58, length));
}
