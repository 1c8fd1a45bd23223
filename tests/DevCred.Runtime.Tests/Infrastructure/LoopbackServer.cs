using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Runtime.Tests.Infrastructure;

/// <summary>A request as the server saw it: the request line, the headers and when it arrived.</summary>
internal sealed record RecordedRequest(string RequestLine, IReadOnlyList<string> Headers, TimeSpan ArrivedAt)
{
    public string? Header(string name)
    {
        foreach (string line in Headers)
        {
            int colon = line.IndexOf(':');
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }
}

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1 and an ephemeral port, built on TcpListener so that a test can script resets,
/// hangs, truncated and slow bodies as well as ordinary answers. Every answer closes its connection.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _acceptLoop;
    private int _requestCount;

    public LoopbackServer(params Reply[] script)
    {
        Enqueue(script);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}/sts/credentials");

    /// <summary>The answer once the script is used up.</summary>
    public Reply Fallback { get; set; } = Reply.Status(500, "Internal Server Error", "{\"Code\":\"Unscripted\"}");

    public int RequestCount => Volatile.Read(ref _requestCount);

    public RecordedRequest[] Requests => _requests.ToArray();

    public void Enqueue(params Reply[] replies)
    {
        foreach (Reply reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    public async Task WaitForRequestsAsync(int count)
    {
        var limit = Stopwatch.StartNew();
        while (RequestCount < count)
        {
            if (limit.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"Expected {count} requests, saw {RequestCount}.");
            }

            await Task.Delay(5);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _acceptLoop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by the listener's own exception.
        }
    }

    /// <summary>Reserves an ephemeral port and frees it, so that connections to it are refused.</summary>
    public static int DeadPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                string? head = await ReadHeadAsync(stream, _stop.Token);
                if (head is null)
                {
                    return;
                }

                string[] lines = head.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
                _requests.Enqueue(new RecordedRequest(lines[0], lines[1..], _clock.Elapsed));
                Interlocked.Increment(ref _requestCount);
                Reply reply = _script.TryDequeue(out Reply? next) ? next : Fallback;
                await reply.SendAsync(client, stream, _stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or System.IO.IOException
                or ObjectDisposedException)
            {
                // The client went away or the server is stopping.
            }
        }
    }

    private static async Task<string?> ReadHeadAsync(NetworkStream stream, CancellationToken token)
    {
        var buffer = new byte[16 * 1024];
        int total = 0;
        while (total < buffer.Length)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(total), token);
            if (read == 0)
            {
                return null;
            }

            total += read;
            string text = Encoding.ASCII.GetString(buffer, 0, total);
            int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                return text[..end];
            }
        }

        return null;
    }
}
