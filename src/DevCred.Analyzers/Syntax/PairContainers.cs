using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using DevCred.Analyzers.Text;

namespace DevCred.Analyzers.Syntax;

/// <summary>
/// The smallest construct that hands over a pair: an object or collection initializer, an argument
/// list, a parameter list (record primary constructors) or a declaration. A 30-character value next
/// to an AccessKey ID in one of these is the ID's secret.
/// </summary>
internal static class PairContainers
{
    public static SyntaxNode? Find(SyntaxNode value)
    {
        for (SyntaxNode? node = value.Parent; node is not null; node = node.Parent)
        {
            switch (node.Kind())
            {
                case SyntaxKind.ObjectInitializerExpression:
                case SyntaxKind.CollectionInitializerExpression:
                case SyntaxKind.WithInitializerExpression:
                case SyntaxKind.ArgumentList:
                case SyntaxKind.BracketedArgumentList:
                case SyntaxKind.AttributeArgumentList:
                case SyntaxKind.ParameterList:
                    return node;
                case SyntaxKind.VariableDeclaration:
                    // string s = "…"; declares nothing else that could be the value's pair.
                    return ((VariableDeclarationSyntax)node).Variables.Count == 1 && value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax }
                        ? null
                        : node;
            }

            if (node is StatementSyntax or MemberDeclarationSyntax)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the container holds, besides <paramref name="except"/>, a string with an ID or a token, a legacy
    /// 16-character ID, or a variable or member named like an AccessKey ID (<c>new OssClient(endpoint, accessKeyId, "…")</c>).
    /// </summary>
    public static bool ContainsIdOrIdName(SyntaxNode container, SyntaxNode except)
    {
        foreach (SyntaxNode node in container.DescendantNodes())
        {
            if (node == except)
            {
                continue;
            }

            if (StringLiterals.TryGetText(node, out string text)
                && (CredentialFinder.HasIdOrToken(text) || LegacyAccessKeyIdShape.Matches(text)))
            {
                return true;
            }

            if (node is IdentifierNameSyntax identifier && CredentialNames.IsIdName(identifier.Identifier.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the container holds, besides <paramref name="except"/>, a string shaped like a 30-character secret.</summary>
    public static bool ContainsSecretShape(SyntaxNode container, SyntaxNode except)
    {
        foreach (SyntaxNode node in container.DescendantNodes())
        {
            if (node != except && StringLiterals.TryGetText(node, out string text) && AccessKeySecretShape.Matches(text))
            {
                return true;
            }
        }

        return false;
    }
}
