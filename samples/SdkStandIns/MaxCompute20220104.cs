// AlibabaCloud.SDK.MaxCompute20220104 (aliyun/alibabacloud-csharp-sdk, maxcompute-20220104), the MaxCompute
// management API, an OpenApiClient product client (sdk-catalogue.md §4.1, §11): ListTables only, with the request
// and response models' real member names.
using System.Collections.Generic;

namespace AlibabaCloud.SDK.MaxCompute20220104.Models
{
    public class ListTablesRequest
    {
        public string Marker { get; set; }

        public int? MaxItem { get; set; }

        public string Prefix { get; set; }

        public string SchemaName { get; set; }

        public string Type { get; set; }
    }

    public class ListTablesResponse
    {
        public Dictionary<string, string> Headers { get; set; }

        public int? StatusCode { get; set; }

        public ListTablesResponseBody Body { get; set; }
    }

    public class ListTablesResponseBody
    {
        public ListTablesResponseBodyData Data { get; set; }

        public string RequestId { get; set; }

        public class ListTablesResponseBodyData
        {
            /// <summary>The marker for the next page; empty on the last page.</summary>
            public string Marker { get; set; }

            public int? MaxItem { get; set; }

            public List<ListTablesResponseBodyDataTables> Tables { get; set; }

            public class ListTablesResponseBodyDataTables
            {
                /// <summary>Epoch milliseconds.</summary>
                public long? CreationTime { get; set; }

                public string DisplayName { get; set; }

                public string Name { get; set; }

                public string Owner { get; set; }

                public string Schema { get; set; }

                public string Type { get; set; }
            }
        }
    }
}

namespace AlibabaCloud.SDK.MaxCompute20220104
{
    using System;
    using System.Globalization;
    using System.Linq;
    using AlibabaCloud.SDK.MaxCompute20220104.Models;
    using Table = AlibabaCloud.SDK.MaxCompute20220104.Models.ListTablesResponseBody.ListTablesResponseBodyData.ListTablesResponseBodyDataTables;

    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        // Made-up tables of a made-up DataWorks project; every project the stand-in is asked about has them.
        private static readonly (string Name, string Type, string Owner, string Created)[] Tables =
        {
            ("ods_user_info_d", "MANAGED_TABLE", "ALIYUN$dataworks_demo", "2025-04-01"),
            ("ods_raw_log_d", "MANAGED_TABLE", "ALIYUN$dataworks_demo", "2025-04-01"),
            ("dwd_log_info_di", "MANAGED_TABLE", "ALIYUN$dataworks_demo", "2025-04-02"),
            ("dws_user_info_all_di", "MANAGED_TABLE", "ALIYUN$dataworks_demo", "2025-04-02"),
            ("ads_user_info_1d", "MANAGED_TABLE", "ALIYUN$dataworks_demo", "2025-04-03"),
            ("ext_oss_access_log", "EXTERNAL_TABLE", "ALIYUN$dataworks_demo", "2025-05-20"),
            ("v_active_users", "VIRTUAL_VIEW", "ALIYUN$dataworks_demo", "2025-06-11"),
        };

        public Client(AlibabaCloud.OpenApiClient.Models.Config config)
            : base(config)
        {
        }

        /// <summary>
        /// <c>GET /api/v1/projects/{projectName}/tables</c>: signs (prints) one request and returns one page of
        /// made-up tables, <see cref="ListTablesRequest.MaxItem"/> at a time, with the marker of the next page.
        /// </summary>
        public ListTablesResponse ListTables(string projectName, ListTablesRequest request)
        {
            if (string.IsNullOrEmpty(projectName))
            {
                throw new ArgumentException("projectName is required.", nameof(projectName));
            }

            request ??= new ListTablesRequest();
            int start = string.IsNullOrEmpty(request.Marker) ? 0 : int.Parse(request.Marker, CultureInfo.InvariantCulture);
            int size = request.MaxItem is > 0 ? request.MaxItem.Value : 100;
            SignRequest("AlibabaCloud.SDK.MaxCompute20220104", $"ListTables GET /api/v1/projects/{projectName}/tables?maxItem={size}"
                + (string.IsNullOrEmpty(request.Marker) ? "" : "&marker=" + request.Marker));

            Table[] page = Tables
                .Where(t => string.IsNullOrEmpty(request.Prefix) || t.Name.StartsWith(request.Prefix, StringComparison.Ordinal))
                .Skip(start)
                .Take(size)
                .Select(t => new Table
                {
                    Name = t.Name,
                    Type = t.Type,
                    Owner = t.Owner,
                    Schema = request.SchemaName ?? "default",
                    CreationTime = DateTimeOffset.Parse(t.Created + "T08:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(),
                })
                .ToArray();
            int next = start + page.Length;
            bool more = next < Tables.Count(t => string.IsNullOrEmpty(request.Prefix) || t.Name.StartsWith(request.Prefix, StringComparison.Ordinal));
            return new ListTablesResponse
            {
                StatusCode = 200,
                Headers = new System.Collections.Generic.Dictionary<string, string>(),
                Body = new ListTablesResponseBody
                {
                    RequestId = Guid.NewGuid().ToString("D").ToUpperInvariant(),
                    Data = new ListTablesResponseBody.ListTablesResponseBodyData
                    {
                        MaxItem = size,
                        Marker = more ? next.ToString(CultureInfo.InvariantCulture) : "",
                        Tables = page.ToList(),
                    },
                },
            };
        }
    }
}
