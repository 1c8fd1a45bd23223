using System;

namespace Aliyun.OSS;

/// <summary>Stand-in for <c>Aliyun.OSS.Bucket</c>: the fields the samples print.</summary>
public class Bucket
{
    public Bucket(string name)
    {
        Name = name;
    }

    public string Name { get; internal set; }

    public string? Location { get; internal set; }

    public DateTime CreationDate { get; internal set; }
}
