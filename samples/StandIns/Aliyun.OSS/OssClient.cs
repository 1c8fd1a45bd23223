using System;
using System.Collections.Generic;
using DevCred.Samples.StandIns;

namespace Aliyun.OSS;

/// <summary>
/// Stand-in for <c>Aliyun.OSS.OssClient</c> (Aliyun.OSS.SDK.NetCore): the constructors through which an AccessKey
/// or an STS credential enters, and <see cref="ListBuckets"/>. It sends nothing anywhere.
/// </summary>
public class OssClient
{
    private readonly Uri _endpoint;
    private readonly string _accessKeyId;
    private readonly string? _securityToken;

    public OssClient(string endpoint, string accessKeyId, string accessKeySecret)
        : this(new Uri(endpoint), accessKeyId, accessKeySecret, null!)
    {
    }

    public OssClient(string endpoint, string accessKeyId, string accessKeySecret, string securityToken)
        : this(new Uri(endpoint), accessKeyId, accessKeySecret, securityToken)
    {
    }

    public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret)
        : this(endpoint, accessKeyId, accessKeySecret, null!)
    {
    }

    public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret, string securityToken)
    {
        if (string.IsNullOrEmpty(accessKeyId) || string.IsNullOrEmpty(accessKeySecret))
        {
            throw new ArgumentException("An AccessKey ID and an AccessKey secret are required.");
        }

        _endpoint = endpoint;
        _accessKeyId = accessKeyId;
        _securityToken = securityToken;
    }

    /// <summary>Lists the buckets of the account; the stand-in prints what it would sign with and returns made-up buckets.</summary>
    public IEnumerable<Bucket> ListBuckets()
    {
        Console.WriteLine(
            $"[stand-in OssClient] GET {_endpoint.Host}/ signed with AccessKey ID {CredentialMask.AccessKeyId(_accessKeyId)} "
            + $"({CredentialMask.Kind(_accessKeyId, _securityToken)})");

        return new[]
        {
            new Bucket("quickstart-logs") { Location = "oss-cn-hangzhou", CreationDate = new DateTime(2025, 3, 14, 8, 0, 0, DateTimeKind.Utc) },
            new Bucket("quickstart-assets") { Location = "oss-cn-shanghai", CreationDate = new DateTime(2025, 9, 2, 16, 30, 0, DateTimeKind.Utc) },
        };
    }
}
