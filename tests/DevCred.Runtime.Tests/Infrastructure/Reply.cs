using System;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Runtime.Tests.Infrastructure;

/// <summary>One scripted answer of <see cref="LoopbackServer"/>, written straight to the socket.</summary>
internal sealed class Reply
{
    private readonly Func<TcpClient, NetworkStream, CancellationToken, Task> _send;

    private Reply(Func<TcpClient, NetworkStream, CancellationToken, Task> send) => _send = send;

    public static Reply Json(string body, int status = 200, string reason = "OK", params string[] headers)
        => Status(status, reason, body, headers);

    public static Reply Status(int status, string reason, string body = "", params string[] headers)
        => new(async (_, stream, token) =>
        {
            byte[] content = Encoding.UTF8.GetBytes(body);
            await WriteHeadAsync(stream, status, reason, content.Length, headers, token);
            await stream.WriteAsync(content, token);
        });

    /// <summary>Exactly these bytes, headers included.</summary>
    public static Reply Raw(string response)
        => new((_, stream, token) => stream.WriteAsync(Encoding.UTF8.GetBytes(response), token).AsTask());

    /// <summary>A body sent with chunked encoding, so no Content-Length announces its size.</summary>
    public static Reply Chunked(string body)
        => new(async (_, stream, token) =>
        {
            byte[] content = Encoding.UTF8.GetBytes(body);
            string head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), token);
            await stream.WriteAsync(Encoding.ASCII.GetBytes(content.Length.ToString("X") + "\r\n"), token);
            await stream.WriteAsync(content, token);
            await stream.WriteAsync(Encoding.ASCII.GetBytes("\r\n0\r\n\r\n"), token);
        });

    /// <summary>Closes the connection with a TCP reset before answering.</summary>
    public static Reply Reset()
        => new((client, _, _) =>
        {
            client.Client.LingerState = new LingerOption(true, 0);
            client.Client.Close();
            return Task.CompletedTask;
        });

    /// <summary>Never answers.</summary>
    public static Reply Hang() => new((_, _, token) => Task.Delay(Timeout.Infinite, token));

    /// <summary>Announces the whole body but sends only half of it, then closes.</summary>
    public static Reply Truncated(string body)
        => new(async (_, stream, token) =>
        {
            byte[] content = Encoding.UTF8.GetBytes(body);
            await WriteHeadAsync(stream, 200, "OK", content.Length, [], token);
            await stream.WriteAsync(content.AsMemory(0, content.Length / 2), token);
        });

    /// <summary>Sends the headers at once and the body after <paramref name="delay"/>.</summary>
    public static Reply SlowBody(string body, TimeSpan delay)
        => new(async (_, stream, token) =>
        {
            byte[] content = Encoding.UTF8.GetBytes(body);
            await WriteHeadAsync(stream, 200, "OK", content.Length, [], token);
            await stream.FlushAsync(token);
            await Task.Delay(delay, token);
            await stream.WriteAsync(content, token);
        });

    /// <summary>Waits for <paramref name="gate"/> before answering like this reply.</summary>
    public Reply After(Task gate)
        => new(async (client, stream, token) =>
        {
            await gate.WaitAsync(token);
            await _send(client, stream, token);
        });

    public Task SendAsync(TcpClient client, NetworkStream stream, CancellationToken token) => _send(client, stream, token);

    private static async Task WriteHeadAsync(
        NetworkStream stream, int status, string reason, int length, string[] headers, CancellationToken token)
    {
        var head = new StringBuilder()
            .Append("HTTP/1.1 ").Append(status).Append(' ').Append(reason).Append("\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append("Content-Length: ").Append(length).Append("\r\n")
            .Append("Connection: close\r\n");
        foreach (string header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), token);
    }
}
