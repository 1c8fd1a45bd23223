using Microsoft.CodeAnalysis;

namespace DevCred.Analyzers.Sdk;

/// <summary>
/// Code declared in an SDK's own namespaces is the SDK (its constructors chain to each other, its environment
/// provider reads its variables), not a use of it: users compile it only when they build the SDK from source.
/// </summary>
internal static class SdkOwnCode
{
    /// <summary>True when <paramref name="container"/> sits in the first two namespace segments of <paramref name="sdkType"/>.</summary>
    public static bool Contains(ISymbol? container, INamedTypeSymbol sdkType)
        => container is not null && Root(container.ContainingNamespace) is { } root && root == Root(sdkType.ContainingNamespace);

    /// <summary>True inside Aliyun.* and AlibabaCloud.* namespaces.</summary>
    public static bool IsVendorNamespace(ISymbol? container)
        => Root(container?.ContainingNamespace) is { } root && (root.StartsWith("Aliyun.", System.StringComparison.Ordinal) || root.StartsWith("AlibabaCloud.", System.StringComparison.Ordinal));

    private static string? Root(INamespaceSymbol? ns)
    {
        string? name = ns is null || ns.IsGlobalNamespace ? null : ns.ToDisplayString();
        if (name is null)
        {
            return null;
        }

        int first = name.IndexOf('.');
        int second = first < 0 ? -1 : name.IndexOf('.', first + 1);
        return second < 0 ? name + "." : name.Substring(0, second + 1);
    }
}
