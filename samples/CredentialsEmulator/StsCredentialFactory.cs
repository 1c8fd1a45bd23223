using System;
using System.Globalization;
using System.Security.Cryptography;

namespace DevCred.Samples.CredentialsEmulator;

/// <summary>One made-up STS credential as the service hands it out.</summary>
internal sealed record IssuedCredential(
    int Serial,
    string AccessKeyId,
    string AccessKeySecret,
    string SecurityToken,
    DateTimeOffset IssuedAt,
    DateTimeOffset Expiration)
{
    /// <summary>The wire format: UTC, whole seconds, invariant culture.</summary>
    public string ExpirationText => Expiration.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"STS." and the last four characters: all the log ever shows of a credential.</summary>
    public string MaskedAccessKeyId => "STS.****" + AccessKeyId.Substring(AccessKeyId.Length - 4);
}

/// <summary>
/// Makes values in the shapes real STS credentials have: an ID of "STS." and 25 base58 characters, a 44-character
/// base58 secret, and a security token that, like the real ones, is base64 of a protobuf message and so starts "CAIS".
/// </summary>
internal static class StsCredentialFactory
{
    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    public static IssuedCredential Create(int serial, DateTimeOffset now, TimeSpan lifetime)
    {
        // Expiration is sent with whole seconds; truncate so that what is served equals what is stored.
        var issuedAt = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return new IssuedCredential(
            serial,
            "STS." + RandomBase58(25),
            RandomBase58(44),
            RandomSecurityToken(),
            issuedAt,
            issuedAt + lifetime);
    }

    private static string RandomBase58(int length) => new(RandomNumberGenerator.GetItems<char>(Base58, length));

    private static string RandomSecurityToken()
    {
        // Field 1 = varint 2, field 2 = 300 random bytes, field 3 = 128 random bytes (0x08 0x02 0x12 encodes as "CAIS").
        byte[] message = new byte[3 + 2 + 300 + 3 + 128];
        int i = 0;
        message[i++] = 0x08;
        message[i++] = 0x02;
        message[i++] = 0x12;
        message[i++] = 300 & 0x7F | 0x80;
        message[i++] = 300 >> 7;
        RandomNumberGenerator.Fill(message.AsSpan(i, 300));
        i += 300;
        message[i++] = 0x1A;
        message[i++] = 128 & 0x7F | 0x80;
        message[i++] = 128 >> 7;
        RandomNumberGenerator.Fill(message.AsSpan(i, 128));
        return Convert.ToBase64String(message);
    }
}
