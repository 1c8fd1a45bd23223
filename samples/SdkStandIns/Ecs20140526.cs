// AlibabaCloud.SDK.Ecs20140526 (aliyun/alibabacloud-csharp-sdk, ecs-20140526), an OpenApiClient product client
// (sdk-catalogue.md §4.1): DescribeRegions only.
using System.Collections.Generic;

namespace AlibabaCloud.SDK.Ecs20140526.Models
{
    public class DescribeRegionsRequest
    {
        public string AcceptLanguage { get; set; }
    }

    public class DescribeRegionsResponse
    {
        public int? StatusCode { get; set; }

        public DescribeRegionsResponseBody Body { get; set; }
    }

    public class DescribeRegionsResponseBody
    {
        public DescribeRegionsResponseBodyRegions Regions { get; set; }

        public string RequestId { get; set; }

        public class DescribeRegionsResponseBodyRegions
        {
            public List<DescribeRegionsResponseBodyRegionsRegion> Region { get; set; }

            public class DescribeRegionsResponseBodyRegionsRegion
            {
                public string LocalName { get; set; }

                public string RegionEndpoint { get; set; }

                public string RegionId { get; set; }
            }
        }
    }
}

namespace AlibabaCloud.SDK.Ecs20140526
{
    using System;
    using AlibabaCloud.SDK.Ecs20140526.Models;
    using Region = AlibabaCloud.SDK.Ecs20140526.Models.DescribeRegionsResponseBody.DescribeRegionsResponseBodyRegions.DescribeRegionsResponseBodyRegionsRegion;

    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config)
            : base(config)
        {
        }

        /// <summary>Signs (prints) one request and returns made-up regions.</summary>
        public DescribeRegionsResponse DescribeRegions(DescribeRegionsRequest request)
        {
            SignRequest("AlibabaCloud.SDK.Ecs20140526", "DescribeRegions");
            return new DescribeRegionsResponse
            {
                StatusCode = 200,
                Body = new DescribeRegionsResponseBody
                {
                    RequestId = Guid.NewGuid().ToString("D").ToUpperInvariant(),
                    Regions = new DescribeRegionsResponseBody.DescribeRegionsResponseBodyRegions
                    {
                        Region = new List<Region>
                        {
                            new() { RegionId = "cn-hangzhou", LocalName = "China (Hangzhou)", RegionEndpoint = "ecs.cn-hangzhou.aliyuncs.com" },
                            new() { RegionId = "cn-shanghai", LocalName = "China (Shanghai)", RegionEndpoint = "ecs.cn-shanghai.aliyuncs.com" },
                        },
                    },
                },
            };
        }
    }
}
