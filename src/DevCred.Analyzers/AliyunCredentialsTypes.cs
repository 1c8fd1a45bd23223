using System;
using Microsoft.CodeAnalysis;

namespace DevCred.Analyzers;

/// <summary>The Aliyun.Credentials types DEVCRED008 knows, found by metadata name in the user's compilation.</summary>
internal sealed class AliyunCredentialsTypes
{
    public const string AssemblyName = "Aliyun.Credentials";
    public const string ClientName = "Aliyun.Credentials.Client";
    public const string ConfigName = "Aliyun.Credentials.Models.Config";
    public const string UrlProviderName = "Aliyun.Credentials.Provider.URLCredentialProvider";
    public const string ProviderInterfaceName = "Aliyun.Credentials.Provider.IAlibabaCloudCredentialsProvider";
    public const string CredentialModelName = "Aliyun.Credentials.Models.CredentialModel";
    public const string CredentialsUriType = "credentials_uri";

    private AliyunCredentialsTypes(INamedTypeSymbol? client, INamedTypeSymbol? config, INamedTypeSymbol? urlProvider, Version? version)
    {
        Client = client;
        Config = config;
        UrlProvider = urlProvider;
        Version = version;
    }

    public INamedTypeSymbol? Client { get; }

    public INamedTypeSymbol? Config { get; }

    public INamedTypeSymbol? UrlProvider { get; }

    /// <summary>The referenced Aliyun.Credentials assembly version, when it is a metadata reference.</summary>
    public Version? Version { get; }

    public static AliyunCredentialsTypes? Find(Compilation compilation)
    {
        INamedTypeSymbol? client = compilation.GetTypeByMetadataName(ClientName);
        INamedTypeSymbol? config = compilation.GetTypeByMetadataName(ConfigName);
        INamedTypeSymbol? urlProvider = compilation.GetTypeByMetadataName(UrlProviderName);
        if (client is null && config is null && urlProvider is null)
        {
            return null;
        }

        Version? version = null;
        foreach (AssemblyIdentity identity in compilation.ReferencedAssemblyNames)
        {
            if (identity.Name == AssemblyName)
            {
                version = identity.Version;
            }
        }

        return new AliyunCredentialsTypes(client, config, urlProvider, version);
    }
}
