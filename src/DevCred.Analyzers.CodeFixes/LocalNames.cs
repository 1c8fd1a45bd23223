using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DevCred.Analyzers;

/// <summary>Picks a local name that clashes with nothing in scope or anywhere in the enclosing member.</summary>
internal static class LocalNames
{
    private const string Preferred = "credential";

    public static string Pick(StatementSyntax anchor, SemanticModel semanticModel, IDictionary<SyntaxNode, HashSet<string>> takenByScope)
    {
        SyntaxNode scope = anchor.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not GlobalStatementSyntax)
            ?? (SyntaxNode)anchor.SyntaxTree.GetRoot();
        if (!takenByScope.TryGetValue(scope, out HashSet<string>? taken))
        {
            takenByScope[scope] = taken = new HashSet<string>();
        }

        var used = new HashSet<string>(taken);
        foreach (SyntaxToken token in scope.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                used.Add(token.ValueText);
            }
        }

        foreach (ISymbol symbol in semanticModel.LookupSymbols(anchor.SpanStart))
        {
            used.Add(symbol.Name);
        }

        string name = Preferred;
        for (int suffix = 2; used.Contains(name); suffix++)
        {
            name = Preferred + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        taken.Add(name);
        return name;
    }

    /// <summary>
    /// A name for a local inside a new lambda at <paramref name="at"/>: it must not shadow anything in scope or clash
    /// with a local of an enclosing block, but may repeat a local of a sibling lambda.
    /// </summary>
    public static string PickForLambda(SyntaxNode at, SemanticModel semanticModel)
    {
        var used = new HashSet<string>();
        foreach (ISymbol symbol in semanticModel.LookupSymbols(at.SpanStart))
        {
            used.Add(symbol.Name);
        }

        SyntaxNode scope = at.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? at.SyntaxTree.GetRoot();
        foreach (SyntaxNode node in scope.DescendantNodes(n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax))
        {
            switch (node)
            {
                case VariableDeclaratorSyntax declarator:
                    used.Add(declarator.Identifier.ValueText);
                    break;
                case SingleVariableDesignationSyntax designation:
                    used.Add(designation.Identifier.ValueText);
                    break;
                case ForEachStatementSyntax forEach:
                    used.Add(forEach.Identifier.ValueText);
                    break;
            }
        }

        string name = Preferred;
        for (int suffix = 2; used.Contains(name); suffix++)
        {
            name = Preferred + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
