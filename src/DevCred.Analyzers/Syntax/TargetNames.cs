using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DevCred.Analyzers.Syntax;

/// <summary>Finds the name a value is given to: variable, property, parameter, named argument or dictionary key.</summary>
internal static class TargetNames
{
    public static bool TryGet(ExpressionSyntax value, SemanticModel semanticModel, CancellationToken cancellationToken, out string name)
    {
        SyntaxNode node = SkipWrappers(value);
        SyntaxNode? parent = node.Parent;
        name = string.Empty;
        switch (parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                name = declarator.Identifier.ValueText;
                return true;
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                name = property.Identifier.ValueText;
                return true;
            case EqualsValueClauseSyntax { Parent: ParameterSyntax parameter }:
                name = parameter.Identifier.ValueText;
                return true;
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                return TryGetAssignedName(assignment.Left, out name);
            case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                name = property.Identifier.ValueText;
                return true;
            case ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method }:
                name = method.Identifier.ValueText;
                return true;
            case AttributeArgumentSyntax { NameEquals: { } nameEquals }:
                name = nameEquals.Name.Identifier.ValueText;
                return true;
            case AttributeArgumentSyntax { NameColon: { } nameColon }:
                name = nameColon.Name.Identifier.ValueText;
                return true;
            case ArgumentSyntax argument:
                return TryGetParameterName(argument, semanticModel, cancellationToken, out name);
            case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } pair:
                return TryGetKeyOfPair(pair, node, out name);
            default:
                return false;
        }
    }

    private static SyntaxNode SkipWrappers(SyntaxNode node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax
            || (node.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != node)
            || (node.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.CoalesceExpression)))
        {
            node = node.Parent;
        }

        return node;
    }

    private static bool TryGetAssignedName(ExpressionSyntax left, out string name)
    {
        switch (left)
        {
            case IdentifierNameSyntax identifier:
                name = identifier.Identifier.ValueText;
                return true;
            case MemberAccessExpressionSyntax memberAccess:
                name = memberAccess.Name.Identifier.ValueText;
                return true;
            case ElementAccessExpressionSyntax elementAccess:
                return TryGetFirstStringArgument(elementAccess.ArgumentList, out name);
            case ImplicitElementAccessSyntax implicitAccess:
                return TryGetFirstStringArgument(implicitAccess.ArgumentList, out name);
            default:
                name = string.Empty;
                return false;
        }
    }

    private static bool TryGetParameterName(ArgumentSyntax argument, SemanticModel semanticModel, CancellationToken cancellationToken, out string name)
    {
        if (argument.NameColon is { } nameColon)
        {
            name = nameColon.Name.Identifier.ValueText;
            return true;
        }

        name = string.Empty;
        if (argument.Parent is not BaseArgumentListSyntax argumentList || argumentList.Parent is null)
        {
            return false;
        }

        int index = argumentList.Arguments.IndexOf(argument);
        ISymbol? symbol = semanticModel.GetSymbolInfo(argumentList.Parent, cancellationToken).Symbol;
        if (symbol is not IMethodSymbol method || method.Parameters.Length == 0)
        {
            return false;
        }

        IParameterSymbol parameter = index < method.Parameters.Length
            ? method.Parameters[index]
            : method.Parameters[method.Parameters.Length - 1];

        // dictionary.Add("AccessKeySecret", "…"), SetEnvironmentVariable("OSS_SK", "…"): the key names the value.
        if (index == 1 && parameter.Name == "value"
            && argumentList.Arguments[0].Expression is LiteralExpressionSyntax key && key.IsKind(SyntaxKind.StringLiteralExpression))
        {
            name = key.Token.ValueText;
            return true;
        }

        name = parameter.Name;
        return true;
    }

    private static bool TryGetKeyOfPair(InitializerExpressionSyntax pair, SyntaxNode value, out string name)
    {
        if (pair.Expressions.Count == 2 && pair.Expressions[1] == value
            && pair.Expressions[0] is LiteralExpressionSyntax key && key.IsKind(SyntaxKind.StringLiteralExpression))
        {
            name = key.Token.ValueText;
            return true;
        }

        name = string.Empty;
        return false;
    }

    private static bool TryGetFirstStringArgument(BaseArgumentListSyntax arguments, out string name)
    {
        if (arguments.Arguments.Count == 1
            && arguments.Arguments[0].Expression is LiteralExpressionSyntax key
            && key.IsKind(SyntaxKind.StringLiteralExpression))
        {
            name = key.Token.ValueText;
            return true;
        }

        name = string.Empty;
        return false;
    }
}
