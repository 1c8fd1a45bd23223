using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DevCred.Analyzers.Syntax;

/// <summary>
/// Values assembled from pieces: constant concatenation (<c>"LTAI" + Rest</c>, consts built from consts),
/// constant interpolated strings, <c>string.Concat</c> of constants and arrays of <c>char</c> literals.
/// </summary>
internal static class FoldedValues
{
    public static readonly SyntaxKind[] Kinds =
    {
        SyntaxKind.AddExpression,
        SyntaxKind.InterpolatedStringExpression,
        SyntaxKind.InvocationExpression,
        SyntaxKind.ArrayInitializerExpression,
    };

    public static bool TryGetText(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken, out string text)
    {
        text = string.Empty;
        switch (node)
        {
            case BinaryExpressionSyntax add when !IsInsideConcatenation(add):
                return ConcatenationPieces.Read(add, IsConstantInitializer(add), out text) switch
                {
                    PiecesReading.Folded => true,
                    PiecesReading.NeedsConstantValue => TryGetConstant(add, semanticModel, cancellationToken, out text),
                    _ => false,
                };
            case InterpolatedStringExpressionSyntax interpolated when HasOnlyNameInterpolations(interpolated):
                return ConcatenationPieces.Read(interpolated) == PiecesReading.NeedsConstantValue
                    && TryGetConstant(interpolated, semanticModel, cancellationToken, out text);
            case InvocationExpressionSyntax invocation when IsStringConcat(invocation, semanticModel, cancellationToken):
                return TryConcatConstants(invocation.ArgumentList, semanticModel, cancellationToken, out text);
            case InitializerExpressionSyntax initializer:
                return TryGetChars(initializer, out text);
            default:
                return false;
        }
    }

    private static bool IsInsideConcatenation(SyntaxNode node)
    {
        SyntaxNode? parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is BinaryExpressionSyntax outer && outer.IsKind(SyntaxKind.AddExpression);
    }

    /// <summary>The initializer of a const (<c>const string Id = Prefix + Rest;</c>) may fold with no literal in it.</summary>
    private static bool IsConstantInitializer(BinaryExpressionSyntax add)
        => add.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax or LocalDeclarationStatementSyntax } declaration } }
            && declaration.Parent switch
            {
                FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
                LocalDeclarationStatementSyntax local => local.IsConst,
                _ => false,
            };

    /// <summary>A constant interpolated string (C# 10) has holes that name constants, with no alignment or format.</summary>
    private static bool HasOnlyNameInterpolations(InterpolatedStringExpressionSyntax interpolated)
    {
        bool any = false;
        foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
        {
            if (content is InterpolationSyntax hole)
            {
                if (hole.AlignmentClause is not null || hole.FormatClause is not null
                    || hole.Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    private static bool TryGetConstant(ExpressionSyntax expression, SemanticModel semanticModel, CancellationToken cancellationToken, out string text)
    {
        Optional<object?> constant = semanticModel.GetConstantValue(expression, cancellationToken);
        text = constant.HasValue && constant.Value is string value ? value : string.Empty;
        return text.Length > 0;
    }

    private static bool IsStringConcat(InvocationExpressionSyntax invocation, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        // Syntax first: only calls spelled "…Concat(" reach the semantic model.
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Concat" } || invocation.ArgumentList.Arguments.Count < 2)
        {
            return false;
        }

        return semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { ContainingType.SpecialType: SpecialType.System_String };
    }

    private static bool TryConcatConstants(ArgumentListSyntax arguments, SemanticModel semanticModel, CancellationToken cancellationToken, out string text)
    {
        var builder = new StringBuilder();
        foreach (ArgumentSyntax argument in arguments.Arguments)
        {
            if (!TryGetConstant(argument.Expression, semanticModel, cancellationToken, out string part))
            {
                text = string.Empty;
                return false;
            }

            builder.Append(part);
        }

        text = builder.ToString();
        return true;
    }

    private static bool TryGetChars(InitializerExpressionSyntax initializer, out string text)
    {
        text = string.Empty;
        int count = initializer.Expressions.Count;
        if (count < 16 || initializer.Expressions[0] is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.CharacterLiteralExpression })
        {
            return false;
        }

        var chars = new char[count];
        for (int i = 0; i < count; i++)
        {
            if (initializer.Expressions[i] is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.CharacterLiteralExpression)
                || literal.Token.Value is not char c)
            {
                return false;
            }

            chars[i] = c;
        }

        text = new string(chars);
        return true;
    }
}
