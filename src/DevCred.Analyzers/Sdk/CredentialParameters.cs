using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DevCred.Analyzers.Sdk;

/// <summary>Which parameters of an SDK member take the AccessKey ID, the secret and the security token.</summary>
internal readonly struct CredentialParameters
{
    private CredentialParameters(int id, int secret, int token)
    {
        Id = id;
        Secret = secret;
        Token = token;
    }

    public int Id { get; }

    public int Secret { get; }

    /// <summary>-1 when the member has no token parameter.</summary>
    public int Token { get; }

    /// <summary>
    /// Reads the roles from parameter names. "accessKey" is the secret (SLS) unless a "secretKey" or
    /// "secretAccessKey" parameter exists, in which case it is the ID (MNS credentials).
    /// </summary>
    public static bool TryRead(ImmutableArray<IParameterSymbol> parameters, out CredentialParameters roles)
    {
        int id = -1;
        int secret = -1;
        int token = -1;
        bool hasSecretKey = false;
        foreach (IParameterSymbol parameter in parameters)
        {
            hasSecretKey |= Is(parameter, "secretKey") || Is(parameter, "secretAccessKey");
        }

        for (int i = 0; i < parameters.Length; i++)
        {
            IParameterSymbol parameter = parameters[i];
            if (parameter.Type.SpecialType != SpecialType.System_String)
            {
                continue;
            }

            if (parameter.Name.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                token = i;
            }
            else if (Is(parameter, "accessKeyId") || Is(parameter, "keyId") || Is(parameter, "accessId") || (hasSecretKey && Is(parameter, "accessKey")))
            {
                id = i;
            }
            else if (Is(parameter, "accessKeySecret") || Is(parameter, "secret") || Is(parameter, "secretAccessKey")
                || Is(parameter, "secretKey") || Is(parameter, "accessSecret") || (!hasSecretKey && Is(parameter, "accessKey")))
            {
                secret = i;
            }
        }

        roles = new CredentialParameters(id, secret, token);
        return id >= 0 && secret >= 0;
    }

    private static bool Is(IParameterSymbol parameter, string name) => string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase);
}
