namespace AlibabaCloud.OpenApiClient.Models;

/// <summary>
/// Stand-in for <c>AlibabaCloud.OpenApiClient.Models.Config</c>, the object every AlibabaCloud.SDK.* product
/// client is built from; only the members the samples use.
/// </summary>
public class Config
{
    public string? AccessKeyId { get; set; }

    public string? AccessKeySecret { get; set; }

    public string? SecurityToken { get; set; }

    public string? Endpoint { get; set; }

    public string? RegionId { get; set; }
}
