using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DevCred.Analyzers.Syntax;

/// <summary>The expression whose value a rule inspects, as seen by the code around it.</summary>
internal static class ValueExpressions
{
    /// <summary>
    /// The literal itself; the whole interpolated string for a text part; <c>new string(chars)</c> for a
    /// char array handed to the string constructor.
    /// </summary>
    public static ExpressionSyntax? Get(SyntaxNode node)
    {
        ExpressionSyntax? expression = node switch
        {
            InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } => interpolated,
            InitializerExpressionSyntax { Parent: ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax } initializer => (ExpressionSyntax?)initializer.Parent,
            ExpressionSyntax value => value,
            _ => null,
        };

        if (expression?.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } }
            && creation.Type is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.StringKeyword))
        {
            return creation;
        }

        return expression;
    }
}
