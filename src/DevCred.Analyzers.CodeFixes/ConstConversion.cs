using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;

namespace DevCred.Analyzers;

/// <summary>
/// A credential in a constant cannot become a run-time read while the constant stays a constant. When no use
/// of the constant needs a constant (attribute argument, case label, pattern, default value, another const),
/// a const field becomes a static read-only property and a const local a plain local; otherwise no fix.
/// </summary>
internal static class ConstConversion
{
    /// <summary>The const declaration that is the only thing keeping <paramref name="node"/> from a run-time value.</summary>
    public static SyntaxNode? FindDeclaration(SyntaxNode node)
    {
        for (SyntaxNode? current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case LocalDeclarationStatementSyntax { IsConst: true, Declaration.Variables.Count: 1 } local:
                    return local;
                case FieldDeclarationSyntax { Declaration.Variables.Count: 1 } field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                    return field;
                case AttributeArgumentSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or EnumMemberDeclarationSyntax:
                case EqualsValueClauseSyntax { Parent: ParameterSyntax }:
                case StatementSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    public static async Task<bool> CanConvertAsync(Document document, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        SemanticModel semanticModel = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        VariableDeclaratorSyntax declarator = declaration switch
        {
            LocalDeclarationStatementSyntax local => local.Declaration.Variables[0],
            _ => ((FieldDeclarationSyntax)declaration).Declaration.Variables[0],
        };

        if (semanticModel.GetDeclaredSymbol(declarator, cancellationToken) is not { } symbol
            || (declaration is FieldDeclarationSyntax && symbol.ContainingType.TypeKind is not (TypeKind.Class or TypeKind.Struct)))
        {
            return false;
        }

        foreach (ReferencedSymbol referenced in await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false))
        {
            foreach (ReferenceLocation location in referenced.Locations)
            {
                SyntaxNode root = (await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
                if (NeedsConstant(root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Drops <c>const</c> from a local, or turns a const field into an expression-bodied static property.</summary>
    public static void Convert(DocumentEditor editor, SyntaxNode declaration)
    {
        editor.ReplaceNode(declaration, (current, _) => current switch
        {
            LocalDeclarationStatementSyntax local => local.WithModifiers(Remove(local.Modifiers, SyntaxKind.ConstKeyword)).WithLeadingTrivia(local.GetLeadingTrivia()),
            FieldDeclarationSyntax field => ToProperty(field),
            _ => current,
        });
    }

    private static PropertyDeclarationSyntax ToProperty(FieldDeclarationSyntax field)
    {
        VariableDeclaratorSyntax declarator = field.Declaration.Variables[0];
        SyntaxTokenList modifiers = Remove(field.Modifiers, SyntaxKind.ConstKeyword);
        if (!modifiers.Any(SyntaxKind.StaticKeyword))
        {
            modifiers = modifiers.Add(SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }

        return SyntaxFactory.PropertyDeclaration(field.AttributeLists, modifiers, field.Declaration.Type, explicitInterfaceSpecifier: null, declarator.Identifier, accessorList: null!)
            .WithExpressionBody(SyntaxFactory.ArrowExpressionClause(declarator.Initializer!.Value))
            .WithSemicolonToken(field.SemicolonToken)
            .WithTriviaFrom(field)
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static SyntaxTokenList Remove(SyntaxTokenList modifiers, SyntaxKind kind)
    {
        int index = modifiers.IndexOf(kind);
        return index < 0 ? modifiers : modifiers.RemoveAt(index);
    }

    private static bool NeedsConstant(SyntaxNode reference)
    {
        for (SyntaxNode? node = reference.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or EnumMemberDeclarationSyntax:
                case EqualsValueClauseSyntax { Parent: ParameterSyntax }:
                    return true;
                case LocalDeclarationStatementSyntax local:
                    return local.IsConst;
                case FieldDeclarationSyntax field:
                    return field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case StatementSyntax or MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }
}
