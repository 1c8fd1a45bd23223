using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace DevCred.Analyzers;

/// <summary>
/// An STS AccessKey pair is useless without its security token: where the target takes one next to the
/// pair (a SecurityToken member in an object initializer, an overload with a token parameter), pass it too.
/// </summary>
internal static class SecurityTokenCompletion
{
    private static readonly string[] TokenMemberNames = { "SecurityToken", "StsToken", "SessionToken" };

    public static void AddToInitializer(
        DocumentEditor editor,
        InitializerExpressionSyntax initializer,
        SemanticModel semanticModel,
        ExpressionSyntax token,
        CancellationToken cancellationToken)
    {
        if (initializer.Parent is not BaseObjectCreationExpressionSyntax creation
            || semanticModel.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol type)
        {
            return;
        }

        ISymbol? member = FindTokenMember(type, semanticModel, initializer.SpanStart);
        if (member is null || initializer.Expressions.Any(e => IsAssignmentTo(e, member.Name)))
        {
            return;
        }

        editor.ReplaceNode(initializer, (current, _) =>
        {
            var updated = (InitializerExpressionSyntax)current;
            ExpressionSyntax assignment = SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName(member.Name),
                token);
            return updated.WithExpressions(AppendKeepingTrailingComma(updated.Expressions, assignment));
        });
    }

    public static void AddToArguments(
        DocumentEditor editor,
        ArgumentListSyntax arguments,
        SemanticModel semanticModel,
        ExpressionSyntax token,
        CancellationToken cancellationToken)
    {
        if (arguments.Parent is null
            || semanticModel.GetSymbolInfo(arguments.Parent, cancellationToken).Symbol is not IMethodSymbol method
            || method.Parameters.Any(p => p.IsParams))
        {
            return;
        }

        // new Credential(id, secret) where the constructor has an optional stsToken = null: pass it.
        if (method.Parameters.FirstOrDefault(p => IsTokenParameter(p) && p.IsOptional && !IsSupplied(p, arguments)) is { } omitted)
        {
            bool inPlace = arguments.Arguments.All(a => a.NameColon is null) && arguments.Arguments.Count == omitted.Ordinal;
            ArgumentSyntax tokenArgument = inPlace
                ? SyntaxFactory.Argument(token)
                : SyntaxFactory.Argument(SyntaxFactory.NameColon(omitted.Name), default, token);
            editor.ReplaceNode(arguments, (current, _) => ((ArgumentListSyntax)current).AddArguments(tokenArgument));
            return;
        }

        if (method.Parameters.Any(IsTokenParameter))
        {
            return;
        }

        var candidates = method.MethodKind == MethodKind.Constructor
            ? method.ContainingType.InstanceConstructors
            : method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().ToImmutableArrayOrEmpty();
        foreach (IMethodSymbol candidate in candidates)
        {
            int tokenIndex = FindExtraTokenParameter(method, candidate);
            if (tokenIndex < 0 || !semanticModel.IsAccessible(arguments.SpanStart, candidate))
            {
                continue;
            }

            bool positional = arguments.Arguments.All(a => a.NameColon is null) && arguments.Arguments.Count == method.Parameters.Length;
            ArgumentSyntax argument = positional
                ? SyntaxFactory.Argument(token)
                : SyntaxFactory.Argument(SyntaxFactory.NameColon(candidate.Parameters[tokenIndex].Name), default, token);
            editor.ReplaceNode(arguments, (current, _) =>
            {
                var updated = (ArgumentListSyntax)current;
                return updated.WithArguments(positional
                    ? updated.Arguments.Insert(tokenIndex, argument)
                    : updated.Arguments.Add(argument));
            });
            return;
        }
    }

    private static bool IsSupplied(IParameterSymbol parameter, ArgumentListSyntax arguments)
        => arguments.Arguments.Any(a => a.NameColon?.Name.Identifier.ValueText == parameter.Name)
        || (parameter.Ordinal < arguments.Arguments.Count && arguments.Arguments.Take(parameter.Ordinal + 1).All(a => a.NameColon is null));

    /// <summary>Appends an element; a list that ended with a comma still ends with one.</summary>
    private static SeparatedSyntaxList<ExpressionSyntax> AppendKeepingTrailingComma(SeparatedSyntaxList<ExpressionSyntax> list, ExpressionSyntax element)
    {
        if (list.Count == 0 || list.SeparatorCount < list.Count)
        {
            return list.Add(element);
        }

        var separators = list.GetSeparators().ToList();
        separators.Add(separators[separators.Count - 1]);
        return SyntaxFactory.SeparatedList(list.Add(element).ToList(), separators);
    }

    internal static int FindExtraTokenParameter(IMethodSymbol original, IMethodSymbol candidate)
    {
        if (candidate.Parameters.Length != original.Parameters.Length + 1 || candidate.IsStatic != original.IsStatic)
        {
            return -1;
        }

        for (int tokenIndex = 0; tokenIndex < candidate.Parameters.Length; tokenIndex++)
        {
            if (!IsTokenParameter(candidate.Parameters[tokenIndex]))
            {
                continue;
            }

            bool same = true;
            for (int i = 0, j = 0; i < original.Parameters.Length; i++, j++)
            {
                j += j == tokenIndex ? 1 : 0;
                same &= SymbolEqualityComparer.Default.Equals(original.Parameters[i].Type, candidate.Parameters[j].Type);
            }

            if (same)
            {
                return tokenIndex;
            }
        }

        return -1;
    }

    private static bool IsTokenParameter(IParameterSymbol parameter)
        => parameter.Type.SpecialType == SpecialType.System_String
        && parameter.Name.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0;

    private static ISymbol? FindTokenMember(INamedTypeSymbol type, SemanticModel semanticModel, int position)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                bool writableString = member switch
                {
                    IPropertySymbol { SetMethod: not null } property => property.Type.SpecialType == SpecialType.System_String,
                    IFieldSymbol { IsReadOnly: false, IsConst: false } field => field.Type.SpecialType == SpecialType.System_String,
                    _ => false,
                };
                if (writableString && !member.IsStatic
                    && TokenMemberNames.Any(n => string.Equals(n, member.Name, StringComparison.OrdinalIgnoreCase))
                    && semanticModel.IsAccessible(position, member))
                {
                    return member;
                }
            }
        }

        return null;
    }

    private static bool IsAssignmentTo(ExpressionSyntax expression, string name)
        => expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } && identifier.Identifier.ValueText == name;

    private static System.Collections.Immutable.ImmutableArray<IMethodSymbol> ToImmutableArrayOrEmpty(this System.Collections.Generic.IEnumerable<IMethodSymbol> methods)
        => System.Collections.Immutable.ImmutableArray.CreateRange(methods);
}
