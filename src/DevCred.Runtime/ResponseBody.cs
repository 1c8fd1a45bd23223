using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Runtime;

/// <summary>A response body read up to a cap; past the cap only the fact that it was too large is kept.</summary>
internal readonly struct ResponseBody(ReadOnlyMemory<byte> content, int length, bool oversize)
{
    public ReadOnlyMemory<byte> Content { get; } = content;

    /// <summary>The bytes read, or the announced Content-Length when that alone exceeded the cap.</summary>
    public int Length { get; } = length;

    public bool Oversize { get; } = oversize;

    public static async Task<ResponseBody> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        long? announced = content.Headers.ContentLength;
        if (announced > maxBytes)
        {
            return new ResponseBody(ReadOnlyMemory<byte>.Empty, (int)Math.Min(int.MaxValue, announced.Value), true);
        }

#if NET8_0_OR_GREATER
        using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        int limit = maxBytes + 1;
        var buffer = new byte[(int)Math.Min(limit, Math.Max(announced ?? 0, 4096))];
        int total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length == limit)
                {
                    return new ResponseBody(ReadOnlyMemory<byte>.Empty, total, true);
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2));
            }

            int read = await stream.ReadAsync(buffer, total, buffer.Length - total, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new ResponseBody(new ReadOnlyMemory<byte>(buffer, 0, total), total, false);
            }

            total += read;
        }
    }
}
