using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
                case SyntaxKind.VariableDeclaration:
                    return node;
            }

            if (node is StatementSyntax or MemberDeclarationSyntax)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when a string in the container, other than <paramref name="except"/>, holds an ID or a token.</summary>
    public static bool ContainsIdOrToken(SyntaxNode container, SyntaxNode except)
    {
        foreach (SyntaxNode node in container.DescendantNodes())
        {
            if (node != except && StringLiterals.TryGetText(node, out string text) && CredentialFinder.HasIdOrToken(text))
            {
                return true;
            }
        }

        return false;
    }
}
