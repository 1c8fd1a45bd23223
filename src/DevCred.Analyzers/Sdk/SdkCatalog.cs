using System.Collections.Generic;

namespace DevCred.Analyzers.Sdk;

/// <summary>
/// The long-term AccessKey entry points of the Alibaba Cloud .NET SDKs. Members are matched by the metadata name
/// of their type and the names of their parameters, never by the text of the call.
/// </summary>
internal static class SdkCatalog
{
    private const string PerRequestAdvice = "pass STS credentials that refresh on every request (the fix reads them through DevCred.Runtime)";
    private const string SnapshotAdvice = "pass an STS credential with its security token (the fix reads one through DevCred.Runtime; rebuild the client before it expires)";

    public const string OpenApiConfig = "AlibabaCloud.OpenApiClient.Models.Config";
    public const string RpcConfig = "AlibabaCloud.RPCClient.Models.Config";
    public const string RoaConfig = "AlibabaCloud.ROAClient.Models.Config";
    public const string OssTeaConfig = "AlibabaCloud.OSS.Models.Config";
    public const string CredentialsConfig = "Aliyun.Credentials.Models.Config";
    public const string OtsClientConfig = "Aliyun.OTS.OTSClientConfig";

    public static readonly SdkEntryPoint[] Members =
    {
        new("Aliyun.Acs.Core.Profile.DefaultProfile", "GetProfile", "aliyun-net-sdk-core", SdkFixKind.None,
            "GetProfile has no token overload: build the client with new DefaultAcsClient(profile, provider) and an STS provider"),
        new("Aliyun.Acs.Core.Auth.BasicCredentials", null, "aliyun-net-sdk-core", SdkFixKind.Snapshot, SnapshotAdvice),
        new("Aliyun.Acs.Core.Auth.AccessKeyCredentialProvider", null, "aliyun-net-sdk-core", SdkFixKind.PerRequest, PerRequestAdvice),
        new("Aliyun.OSS.OssClient", null, "Aliyun.OSS.SDK", SdkFixKind.PerRequest, PerRequestAdvice),
        new("Aliyun.OSS.Common.Authentication.DefaultCredentials", null, "Aliyun.OSS.SDK", SdkFixKind.Snapshot, SnapshotAdvice),
        new("AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider", null, "AlibabaCloud.OSS.V2", SdkFixKind.PerRequest, PerRequestAdvice),
        new("AlibabaCloud.OSS.V2.Credentials.Credentials", null, "AlibabaCloud.OSS.V2", SdkFixKind.Snapshot, SnapshotAdvice),
        new("Aliyun.Api.LogService.Infrastructure.Protocol.Http.HttpLogServiceClientBuilder", "Credential", "aliyun-log-dotnetcore-sdk", SdkFixKind.PerRequest, PerRequestAdvice),
        new("Aliyun.Api.LogService.Infrastructure.Authentication.Credential", null, "aliyun-log-dotnetcore-sdk", SdkFixKind.Snapshot, SnapshotAdvice),
        new("Aliyun.Api.LOG.LogClient", null, "SLS LogClient", SdkFixKind.Snapshot, SnapshotAdvice),
        new("Aliyun.MNS.MNSClient", null, "MNS", SdkFixKind.PerRequest, PerRequestAdvice),
        new("Aliyun.OTS.OTSClient", null, "Aliyun.TableStore.SDK", SdkFixKind.None,
            "the Tablestore .NET SDK takes no security token, so no STS form exists: keep the AccessKey out of code (environment variables) and limit its RAM policy"),
        new(OtsClientConfig, null, "Aliyun.TableStore.SDK", SdkFixKind.None,
            "the Tablestore .NET SDK takes no security token, so no STS form exists: keep the AccessKey out of code (environment variables) and limit its RAM policy"),
        new("Aliyun.Credentials.AccessKeyCredential", null, "Aliyun.Credentials", SdkFixKind.None, PerRequestAdvice),
        new("Aliyun.Credentials.Provider.RamRoleArnCredentialProvider", null, "Aliyun.Credentials", SdkFixKind.None,
            "assuming a role with a long-term AccessKey keeps that key in the environment: where a RAM role injects STS credentials, read those instead"),
        new("Aliyun.Acs.Core.Auth.Credential", null, "aliyun-net-sdk-core", SdkFixKind.None,
            "Credential's token is dropped when it is wrapped in LegacyCredentials: use BasicSessionCredentials or an STS provider with DefaultAcsClient"),
    };

    /// <summary>Configuration objects that take the pair as properties; STS when SecurityToken or Credential is set too.</summary>
    public static readonly Dictionary<string, SdkEntryPoint> Configs = new()
    {
        [OpenApiConfig] = new(OpenApiConfig, null, "AlibabaCloud.OpenApiClient", SdkFixKind.PerRequest, PerRequestAdvice),
        [RpcConfig] = new(RpcConfig, null, "AlibabaCloud.RPCClient", SdkFixKind.PerRequest, PerRequestAdvice),
        [RoaConfig] = new(RoaConfig, null, "AlibabaCloud.ROAClient", SdkFixKind.PerRequest, PerRequestAdvice),
        [OssTeaConfig] = new(OssTeaConfig, null, "AlibabaCloud.SDK.OSS.Client", SdkFixKind.Snapshot,
            "set SecurityToken and Type = \"sts\" from an STS credential (the fix reads one through DevCred.Runtime; rebuild the client before it expires)"),
        [CredentialsConfig] = new(CredentialsConfig, null, "Aliyun.Credentials", SdkFixKind.Snapshot, SnapshotAdvice),
        [OtsClientConfig] = new(OtsClientConfig, null, "Aliyun.TableStore.SDK", SdkFixKind.None,
            "the Tablestore .NET SDK takes no security token, so no STS form exists: keep the AccessKey out of code (environment variables) and limit its RAM policy"),
    };

    /// <summary>Npgsql entry points that take a connection string; Hologres logs in with the AccessKey pair as user and password.</summary>
    public static readonly string[] NpgsqlConnectionStringTypes =
    {
        "Npgsql.NpgsqlConnection",
        "Npgsql.NpgsqlConnectionStringBuilder",
        "Npgsql.NpgsqlDataSourceBuilder",
        "Npgsql.NpgsqlDataSource",
    };

    public static readonly SdkEntryPoint Hologres = new("Npgsql.NpgsqlConnection", null, "Npgsql (Hologres)", SdkFixKind.None,
        "Hologres takes the AccessKey pair as user name and password; keep it out of the connection string (environment variables), and check Hologres' RAM-role login for an STS form");

    /// <summary>Properties that make a configuration object carry STS or a refreshing credential.</summary>
    public static readonly string[] StsProperties = { "SecurityToken", "Credential", "BearerToken" };

    public static readonly string[] IdProperties = { "AccessKeyId", "AccessKeyID" };

    public static readonly string[] SecretProperties = { "AccessKeySecret" };
}
