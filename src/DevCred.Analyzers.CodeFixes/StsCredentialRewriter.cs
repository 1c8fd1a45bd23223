using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using DevCred.Analyzers.Syntax;

namespace DevCred.Analyzers;

/// <summary>
/// Rewrites credential literals to values read from DevCred.Runtime. All credentials of one statement come
/// from ONE snapshot (a local declared before the statement), so an ID, its secret and the security token
/// always belong together; outside statements the snapshot is read inline.
/// </summary>
internal static class StsCredentialRewriter
{
    /// <summary>
    /// Not where only constants are allowed, and not for base64-wrapped secrets: the credential is the decoded
    /// value, so replacing the base64 text would change what the code means.
    /// </summary>
    public static bool CanFix(SyntaxNode stringNode)
        => FixContexts.AllowsRuntimeValue(stringNode)
        && stringNode.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromBase64String" } } } };

    public static SyntaxNode? FindStringNode(SyntaxNode root, TextSpan span)
    {
        SyntaxNode node = root.FindNode(span, getInnermostNodeForTie: true);
        return node.DescendantNodesAndSelf().FirstOrDefault(n => n.Span == span && StringLiterals.TryGetText(n, out _));
    }

    public static async Task<Document> RewriteAsync(Document document, IEnumerable<TextSpan> spans, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SemanticModel semanticModel = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        AnalyzerSettings settings = AnalyzerSettings.Read(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider, root.SyntaxTree);

        var anchors = new Dictionary<StatementSyntax, List<SyntaxNode>>();
        var inline = new List<SyntaxNode>();
        foreach (TextSpan span in spans.Distinct())
        {
            if (FindStringNode(root, span) is not { } node || !CanFix(node))
            {
                continue;
            }

            if (FixContexts.FindAnchorStatement(node) is { } anchor)
            {
                anchors[anchor] = new List<SyntaxNode>();
            }
            else
            {
                inline.Add(node);
            }
        }

        // A fix on one literal of a statement fixes all its credentials, so the pair is never split across snapshots.
        foreach (StatementSyntax anchor in anchors.Keys.ToList())
        {
            anchors[anchor].AddRange(anchor.DescendantNodes().Where(n =>
                StringLiterals.TryGetText(n, out _) && CanFix(n) && FixContexts.FindAnchorStatement(n) == anchor));
        }

        bool addImport = !anchors.Keys.Concat(inline).Any(n => RuntimeNames.IsImported(semanticModel, n.SpanStart));
        ExpressionSyntax GetCredentialCall() => RuntimeNames.GetCredentialCall(addImport);
        var takenNames = new Dictionary<SyntaxNode, HashSet<string>>();
        foreach (KeyValuePair<StatementSyntax, List<SyntaxNode>> group in anchors)
        {
            string name = LocalNames.Pick(group.Key, semanticModel, takenNames);
            if (Replace(editor, group.Value, semanticModel, settings, () => SyntaxFactory.IdentifierName(name), cancellationToken))
            {
                InsertLocal(editor, group.Key, name, GetCredentialCall());
            }
        }

        Replace(editor, inline, semanticModel, settings, GetCredentialCall, cancellationToken);

        Document changed = editor.GetChangedDocument();
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static bool Replace(
        DocumentEditor editor,
        List<SyntaxNode> nodes,
        SemanticModel semanticModel,
        AnalyzerSettings settings,
        System.Func<ExpressionSyntax> credential,
        CancellationToken cancellationToken)
    {
        var initializers = new HashSet<InitializerExpressionSyntax>();
        var argumentLists = new HashSet<ArgumentListSyntax>();
        var interpolations = new Dictionary<InterpolatedStringExpressionSyntax, Dictionary<int, IReadOnlyList<CredentialFinding>>>();
        bool replaced = false;

        foreach (SyntaxNode node in nodes)
        {
            IReadOnlyList<CredentialFinding> findings = CredentialFindings.Find(node, semanticModel, settings, cancellationToken);
            if (findings.Count == 0)
            {
                continue;
            }

            replaced = true;
            if (node is LiteralExpressionSyntax literal)
            {
                editor.ReplaceNode(literal, CredentialReplacements.ForLiteral(literal, findings, credential()));
                CollectTokenTargets(literal, initializers, argumentLists);
            }
            else if (node is InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } part)
            {
                if (!interpolations.TryGetValue(interpolated, out var parts))
                {
                    interpolations[interpolated] = parts = new Dictionary<int, IReadOnlyList<CredentialFinding>>();
                }

                parts[interpolated.Contents.IndexOf(part)] = findings;
                CollectTokenTargets(interpolated, initializers, argumentLists);
            }
        }

        foreach (var entry in interpolations)
        {
            ReplaceInterpolatedParts(editor, entry.Key, entry.Value, credential);
        }

        foreach (InitializerExpressionSyntax initializer in initializers)
        {
            SecurityTokenCompletion.AddToInitializer(editor, initializer, semanticModel, credential(), cancellationToken);
        }

        foreach (ArgumentListSyntax arguments in argumentLists)
        {
            SecurityTokenCompletion.AddToArguments(editor, arguments, semanticModel, credential(), cancellationToken);
        }

        return replaced;
    }

    private static void ReplaceInterpolatedParts(
        DocumentEditor editor,
        InterpolatedStringExpressionSyntax interpolated,
        Dictionary<int, IReadOnlyList<CredentialFinding>> findingsByIndex,
        System.Func<ExpressionSyntax> credential)
    {
        bool verbatim = interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken);
        var originalParts = interpolated.Contents;
        editor.ReplaceNode(interpolated, (current, _) =>
        {
            var updated = (InterpolatedStringExpressionSyntax)current;
            var contents = new List<InterpolatedStringContentSyntax>();
            for (int i = 0; i < updated.Contents.Count; i++)
            {
                if (findingsByIndex.TryGetValue(i, out var findings) && originalParts[i] is InterpolatedStringTextSyntax part)
                {
                    contents.AddRange(CredentialReplacements.ForInterpolatedText(part, findings, credential(), verbatim));
                }
                else
                {
                    contents.Add(updated.Contents[i]);
                }
            }

            return updated.WithContents(SyntaxFactory.List(contents));
        });
    }

    private static void CollectTokenTargets(ExpressionSyntax value, HashSet<InitializerExpressionSyntax> initializers, HashSet<ArgumentListSyntax> argumentLists)
    {
        SyntaxNode node = value;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } when initializer.IsKind(SyntaxKind.ObjectInitializerExpression):
                initializers.Add(initializer);
                break;
            case ArgumentSyntax { Parent: ArgumentListSyntax arguments }:
                argumentLists.Add(arguments);
                break;
        }
    }

    private static void InsertLocal(DocumentEditor editor, StatementSyntax anchor, string name, ExpressionSyntax getCredential)
    {
        LocalDeclarationStatementSyntax declaration = SyntaxFactory.LocalDeclarationStatement(
            SyntaxFactory.VariableDeclaration(
                SyntaxFactory.IdentifierName("var"),
                SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.VariableDeclarator(name).WithInitializer(
                        SyntaxFactory.EqualsValueClause(getCredential)))))
            .WithAdditionalAnnotations(Formatter.Annotation);

        if (anchor.Parent is GlobalStatementSyntax global)
        {
            // Top-level statements are members to the formatter, which would put blank lines around a new one.
            SyntaxTrivia endOfLine = global.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            declaration = declaration.WithoutAnnotations(Formatter.Annotation)
                .NormalizeWhitespace()
                .WithTrailingTrivia(endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.LineFeed);
            editor.InsertBefore(global, SyntaxFactory.GlobalStatement(declaration));
        }
        else
        {
            editor.InsertBefore(anchor, declaration);
        }
    }
}
