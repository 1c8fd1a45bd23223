using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Runtime;

/// <summary>Length and last-write time of the credentials file: a rewrite changes at least one of them.</summary>
internal readonly struct FileStamp(long length, DateTime lastWriteUtc) : IEquatable<FileStamp>
{
    public long Length { get; } = length;

    public DateTime LastWriteUtc { get; } = lastWriteUtc;

    public static bool operator ==(FileStamp left, FileStamp right) => left.Equals(right);

    public static bool operator !=(FileStamp left, FileStamp right) => !left.Equals(right);

    public bool Equals(FileStamp other) => Length == other.Length && LastWriteUtc == other.LastWriteUtc;

    public override bool Equals(object? obj) => obj is FileStamp other && Equals(other);

    public override int GetHashCode() => Length.GetHashCode() ^ LastWriteUtc.GetHashCode();
}

/// <summary>The credential read from the credentials file, and the stamp taken just before the read.</summary>
internal sealed class FileReadResult(ParsedCredential credential, FileStamp stamp, int attempts, TimeSpan elapsed)
{
    public ParsedCredential Credential { get; } = credential;

    public FileStamp Stamp { get; } = stamp;

    public int Attempts { get; } = attempts;

    public TimeSpan Elapsed { get; } = elapsed;
}

/// <summary>
/// Reads the credentials file without blocking its producer (FileShare.ReadWrite | Delete), with a size cap, and
/// reads once more after a short delay when the JSON is torn by a rewrite in place.
/// </summary>
internal sealed class CredentialsFileReader
{
    private readonly int _maxBytes;
    private readonly TimeSpan _retryDelay;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public CredentialsFileReader(
        string path, int maxBytes, TimeSpan retryDelay, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        Path = path;
        _maxBytes = maxBytes;
        _retryDelay = retryDelay;
        _delay = delay ?? Task.Delay;
    }

    public string Path { get; }

    /// <summary>The current stamp, or <see langword="null"/> when the file does not exist.</summary>
    public FileStamp? Stat()
    {
        var info = new FileInfo(Path);
        try
        {
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (IOException)
        {
            // Deleted between Exists and Length.
            return null;
        }
    }

    /// <summary>
    /// Returns <see langword="null"/> when the file does not exist; throws <see cref="StsCredentialException"/>
    /// when it cannot be read or is not valid.
    /// </summary>
    public async Task<FileReadResult?> ReadAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        for (int attempt = 1; ; attempt++)
        {
            // The stamp is taken before the read: a rewrite after it shows up as a change at the next check.
            FileStamp? stamp = Stat();
            byte[]? content = stamp is null ? null : ReadContent(stamp.Value, attempt, stopwatch);
            if (stamp is null || content is null)
            {
                return null;
            }

            if (content.Length > _maxBytes)
            {
                string limit = _maxBytes.ToString(CultureInfo.InvariantCulture);
                throw CredentialErrors.FileMalformed(
                    Path, "it is larger than " + limit + " bytes", attempt, stopwatch.Elapsed, null);
            }

            ParseResult result = CredentialResponseParser.Parse(content, checkCode: false, requireExpiration: false);
            if (result.Credential is not null)
            {
                return new FileReadResult(result.Credential, stamp.Value, attempt, stopwatch.Elapsed);
            }

            if (!result.IsSyntaxError || attempt == 2)
            {
                throw CredentialErrors.FromFile(result, Path, attempt, stopwatch.Elapsed);
            }

            await _delay(_retryDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    private byte[]? ReadContent(FileStamp stamp, int attempt, Stopwatch stopwatch)
    {
        try
        {
            using var stream = new FileStream(
                Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            return ReadCapped(stream, stamp.Length);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CredentialErrors.FileUnreadable(Path, attempt, stopwatch.Elapsed, ex);
        }
    }

    private byte[] ReadCapped(Stream stream, long expectedLength)
    {
        // One byte past the cap is enough to know the file is too large; the file may grow while it is read.
        int limit = _maxBytes + 1;
        var buffer = new byte[(int)Math.Min(limit, Math.Max(expectedLength + 1, 4096))];
        int total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length == limit)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2));
            }

            int read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        Array.Resize(ref buffer, total);
        return buffer;
    }
}
