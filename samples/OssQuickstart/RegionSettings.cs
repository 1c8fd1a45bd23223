using AlibabaCloud.OpenApiClient.Models;

namespace OssQuickstart;

/// <summary>The OpenAPI client settings this app uses for a region.</summary>
internal static class RegionSettings
{
    public static Config For(string regionId)
    {
        var config = new Config
        {
            AccessKeyId = "LTAIQdGrm1hjeb5SGiK0eEaz",
            AccessKeySecret = "ClgDzJZ0gqxMCrdwN9CES9LKiFwmKl",
            RegionId = regionId,
            Endpoint = "ecs." + regionId + ".aliyuncs.com",
        };
        return config;
    }
}
