using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace DevCred.Analyzers;

/// <summary>
/// One credential snapshot per statement: the first request for a statement declares
/// <c>var credential = StsCredentialProvider.Default.GetCredential();</c> before it; later requests reuse it.
/// Outside statements the snapshot is read inline.
/// </summary>
internal sealed class CredentialSnapshots
{
    private readonly DocumentEditor _editor;
    private readonly SemanticModel _semanticModel;
    private readonly bool _addImport;
    private readonly Dictionary<StatementSyntax, string> _locals = new();
    private readonly Dictionary<SyntaxNode, HashSet<string>> _takenNames = new();

    public CredentialSnapshots(DocumentEditor editor, SemanticModel semanticModel, SyntaxNode root)
    {
        _editor = editor;
        _semanticModel = semanticModel;
        _addImport = !RuntimeNames.IsImported(semanticModel, root.FullSpan.End);
    }

    public ExpressionSyntax GetCredentialCall() => RuntimeNames.GetCredentialCall(_addImport);

    /// <summary>The expression that holds the snapshot for code at <paramref name="node"/>.</summary>
    public ExpressionSyntax For(SyntaxNode node)
    {
        if (FixContexts.FindAnchorStatement(node) is not { } anchor)
        {
            return GetCredentialCall();
        }

        if (!_locals.TryGetValue(anchor, out string? name))
        {
            name = LocalNames.Pick(anchor, _semanticModel, _takenNames);
            _locals[anchor] = name;
            CredentialRewriter.InsertLocal(_editor, anchor, name, GetCredentialCall());
        }

        return SyntaxFactory.IdentifierName(name);
    }

    /// <summary>
    /// <c>() => { var credential = …GetCredential(); return new T(credential.AccessKeyId, …SecretAccessKey, …SecurityToken); }</c>:
    /// a provider the SDK calls on every request. The local's name avoids every identifier of the enclosing member.
    /// </summary>
    public ExpressionSyntax PerRequestLambda(SyntaxNode at, string createdTypeMetadataName)
    {
        string name = LocalNames.PickForLambda(at, _semanticModel);
        var lambda = (ParenthesizedLambdaExpressionSyntax)SyntaxFactory.ParseExpression(
            $"() => {{ var {name} = {RuntimeNames.ProviderMetadataName}.Default.GetCredential(); "
            + $"return new {createdTypeMetadataName}({name}.AccessKeyId, {name}.AccessKeySecret, {name}.SecurityToken); }}");
        return SdkSyntax.Annotate(lambda);
    }
}
