using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace DevCred.Analyzers;

internal static class SdkSyntax
{
    /// <summary>Fully qualified names in generated code get simplified and, where needed, imported.</summary>
    public static T Annotate<T>(T node, bool addImport = true)
        where T : SyntaxNode
        => addImport
            ? node.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation)
            : node.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

    /// <summary><c>new T()</c> for a generated bridge type.</summary>
    public static ExpressionSyntax NewBridge(string metadataName)
        => Annotate(Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression($"new {metadataName}()"));
}
