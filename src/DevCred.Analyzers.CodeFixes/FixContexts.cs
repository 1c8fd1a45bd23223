using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DevCred.Analyzers;

/// <summary>Where a credential literal sits, as far as rewriting it to a run-time read is concerned.</summary>
internal static class FixContexts
{
    /// <summary>
    /// False where only a constant is allowed (const, attribute argument, default parameter value,
    /// case label, pattern): a call there would not compile, so no fix is offered.
    /// </summary>
    public static bool AllowsRuntimeValue(SyntaxNode stringNode)
    {
        for (SyntaxNode? node = stringNode.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax:
                case CaseSwitchLabelSyntax:
                case ConstantPatternSyntax:
                case EqualsValueClauseSyntax { Parent: ParameterSyntax }:
                case EnumMemberDeclarationSyntax:
                    return false;
                case LocalDeclarationStatementSyntax local:
                    return !local.IsConst;
                case FieldDeclarationSyntax field:
                    return !field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case InterpolatedStringExpressionSyntax interpolated when interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken)
                    || interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedSingleLineRawStringStartToken):
                    // Re-escaping text for raw interpolated strings is not supported yet.
                    return false;
                case StatementSyntax or MemberDeclarationSyntax:
                    return true;
            }
        }

        return true;
    }

    /// <summary>
    /// The statement before which a credential local can be declared: the nearest statement that sits
    /// directly in a block, a switch section or the top level. Null in field initializers, expression
    /// bodies and constructor initializers, where the value is read inline instead.
    /// </summary>
    public static StatementSyntax? FindAnchorStatement(SyntaxNode stringNode)
    {
        for (SyntaxNode? node = stringNode.Parent; node is not null; node = node.Parent)
        {
            if (node is StatementSyntax statement)
            {
                return statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax ? statement : null;
            }

            if (node is MemberDeclarationSyntax and not GlobalStatementSyntax
                || node is ArrowExpressionClauseSyntax
                || node is AnonymousFunctionExpressionSyntax { ExpressionBody: not null })
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// True inside a lambda converted to <c>System.Linq.Expressions.Expression&lt;T&gt;</c>: no throw expression, no
    /// statement may go there.
    /// </summary>
    public static bool IsInExpressionTree(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        for (SyntaxNode? ancestor = node.Parent; ancestor is not null and not MemberDeclarationSyntax; ancestor = ancestor.Parent)
        {
            if (ancestor is AnonymousFunctionExpressionSyntax function
                && semanticModel.GetTypeInfo(function, cancellationToken).ConvertedType is INamedTypeSymbol
                {
                    Name: "Expression",
                    ContainingNamespace: { Name: "Expressions", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } },
                })
            {
                return true;
            }
        }

        return false;
    }
}
