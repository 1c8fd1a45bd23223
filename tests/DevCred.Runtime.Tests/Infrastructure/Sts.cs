using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace DevCred.Runtime.Tests.Infrastructure;

/// <summary>Credentials payloads as the DataWorks service and file carry them, with recognisable fake values.</summary>
internal static class Sts
{
    public static string Iso(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Json(
        DateTimeOffset expiration,
        string id = "STS.NTestKeyId0000000001",
        string secret = "test-secret-value-0001",
        string token = "test-security-token-0001",
        string? code = "Success")
        => Json(new Dictionary<string, string?>
        {
            ["Code"] = code,
            ["AccessKeyId"] = id,
            ["AccessKeySecret"] = secret,
            ["SecurityToken"] = token,
            ["Expiration"] = Iso(expiration),
        });

    /// <summary>Serialises the pairs, leaving out those whose value is null.</summary>
    public static string Json(IDictionary<string, string?> fields)
    {
        var present = new Dictionary<string, string>();
        foreach (KeyValuePair<string, string?> field in fields)
        {
            if (field.Value is not null)
            {
                present[field.Key] = field.Value;
            }
        }

        return JsonSerializer.Serialize(present);
    }
}
