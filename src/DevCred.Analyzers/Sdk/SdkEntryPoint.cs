namespace DevCred.Analyzers.Sdk;

/// <summary>What the fix does for an entry point: the best STS form that SDK allows.</summary>
internal enum SdkFixKind
{
    /// <summary>No STS form exists (Tablestore .NET) or none is safe to generate.</summary>
    None,

    /// <summary>Hand the SDK a provider it asks on every request (a generated bridge or a lambda).</summary>
    PerRequest,

    /// <summary>The SDK takes values only at construction: ID, secret and token from one snapshot.</summary>
    Snapshot,
}

/// <summary>One way a long-term AccessKey enters an SDK, from ../shared/docs/sdk-catalogue.md.</summary>
internal sealed class SdkEntryPoint
{
    public SdkEntryPoint(string typeName, string? methodName, string sdk, SdkFixKind fix, string advice)
    {
        TypeName = typeName;
        MethodName = methodName;
        Sdk = sdk;
        Fix = fix;
        Advice = advice;
    }

    /// <summary>Metadata name of the type that declares the member.</summary>
    public string TypeName { get; }

    /// <summary>Null for constructors.</summary>
    public string? MethodName { get; }

    public string Sdk { get; }

    public SdkFixKind Fix { get; }

    public string Advice { get; }
}
