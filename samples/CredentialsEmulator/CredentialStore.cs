using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DevCred.Samples.CredentialsEmulator;

/// <summary>
/// Holds the credential being served, issues new ones (on a schedule, on demand, or when the current one nears
/// expiry, as the real service does) and mirrors each one into the credentials file when asked to.
/// </summary>
internal sealed class CredentialStore
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly object _gate = new();
    private readonly EmulatorOptions _options;
    private readonly Action<string> _log;
    private IssuedCredential _current;
    private int _serial;

    public CredentialStore(EmulatorOptions options, Action<string> log)
    {
        _options = options;
        _log = log;
        _current = Issue(DateTimeOffset.UtcNow);
    }

    public IssuedCredential Current
    {
        get
        {
            lock (_gate)
            {
                // A real service hands out a new credential well before the old one expires; here at a third of
                // the lifetime left. The expired mode keeps its already-expired credential on purpose.
                DateTimeOffset now = DateTimeOffset.UtcNow;
                if (_options.Mode != FaultMode.Expired && _current.Expiration - now < _options.EffectiveLifetime / 3)
                {
                    _current = Issue(now);
                }

                return _current;
            }
        }
    }

    public IssuedCredential Rotate()
    {
        lock (_gate)
        {
            _current = Issue(DateTimeOffset.UtcNow);
            return _current;
        }
    }

    public static byte[] ToServiceJson(IssuedCredential credential) => Serialize(credential, includeCode: true);

    private IssuedCredential Issue(DateTimeOffset now)
    {
        _serial++;
        IssuedCredential credential = _options.Mode == FaultMode.Expired
            ? StsCredentialFactory.Create(_serial, now - _options.EffectiveLifetime - TimeSpan.FromMinutes(5), _options.EffectiveLifetime)
            : StsCredentialFactory.Create(_serial, now, _options.EffectiveLifetime);

        _log($"issued credential #{credential.Serial} {credential.MaskedAccessKeyId} expiring {credential.ExpirationText}");
        if (_options.WriteFile is not null)
        {
            WriteFileAtomically(_options.WriteFile, Serialize(credential, includeCode: false));
            _log($"wrote credential #{credential.Serial} to {_options.WriteFile}");
        }

        return credential;
    }

    private static byte[] Serialize(IssuedCredential credential, bool includeCode)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (includeCode)
            {
                writer.WriteString("Code", "Success");
            }

            writer.WriteString("AccessKeyId", credential.AccessKeyId);
            writer.WriteString("AccessKeySecret", credential.AccessKeySecret);
            writer.WriteString("SecurityToken", credential.SecurityToken);
            writer.WriteString("Expiration", credential.ExpirationText);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Readers never see a half-written file: write a temporary file next to the target, flush it to disk, then
    /// rename it over the target (rename within one directory is atomic on POSIX file systems).
    /// </summary>
    internal static void WriteFileAtomically(string path, byte[] content)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var streamOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temporary, streamOptions))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    internal static void WriteTextAtomically(string path, string text) => WriteFileAtomically(path, Encoding.UTF8.GetBytes(text));
}
