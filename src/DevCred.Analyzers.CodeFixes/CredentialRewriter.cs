using System;
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

/// <summary>Where the rewritten code reads credentials from.</summary>
internal enum CredentialSource
{
    /// <summary>DevCred.Runtime's STS credentials, all values of one statement from ONE snapshot.</summary>
    Runtime,

    /// <summary>The ALIBABA_CLOUD_* environment variables, for environments without a RAM role.</summary>
    Environment,
}

/// <summary>
/// Rewrites credential values to run-time reads. With the runtime source, all credentials of one statement come
/// from one snapshot (a local declared before the statement), so an ID, its secret and the security token always
/// belong together; outside statements (field initializers, expression bodies, lambdas) the snapshot is read inline.
/// </summary>
internal static class CredentialRewriter
{
    /// <summary>
    /// Not where only constants are allowed, and not for base64-wrapped secrets: the credential is the decoded
    /// value, so replacing the base64 text would change what the code means.
    /// </summary>
    public static bool CanFix(SyntaxNode node)
        => FixContexts.AllowsRuntimeValue(node)
        && node.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromBase64String" } } } };

    /// <summary>
    /// A string that holds more credentials than this is a list of keys, data rather than a credential read: rewriting
    /// it piece by piece would build a concatenation too deep for the compiler. It is reported, and no fix is offered.
    /// </summary>
    public const int MaxFindingsPerString = 16;

    /// <summary>True when a fix can rewrite <paramref name="node"/>, converting the constant that holds it if needed.</summary>
    public static async Task<bool> CanFixAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
        => !IsBroken(node)
        && !HoldsTooManyToRewrite(node)
        && (StringLiterals.TryGetText(node, out _) || await IsWholeFoldedCredentialAsync(document, node, cancellationToken).ConfigureAwait(false))
        && (CanFix(node)
            || (ConstConversion.FindDeclaration(node) is { } declaration
                && await ConstConversion.CanConvertAsync(document, declaration, cancellationToken).ConfigureAwait(false)));

    /// <summary>
    /// A value assembled from pieces is rewritten only when it is exactly one credential (see ReplaceFoldedValue):
    /// "AccessKeyId=" + Id + ";Region=…" has no single literal to keep the text in, so no fix is offered for it.
    /// </summary>
    private static async Task<bool> IsWholeFoldedCredentialAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
        => await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is { } semanticModel
        && TryGetWholeFoldedCredential(
            node,
            semanticModel,
            AnalyzerSettings.Read(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider, node.SyntaxTree),
            cancellationToken,
            out _);

    /// <summary>The one credential a folded value is, when it is exactly one and nothing else.</summary>
    private static bool TryGetWholeFoldedCredential(
        SyntaxNode node, SemanticModel semanticModel, AnalyzerSettings settings, CancellationToken cancellationToken, out CredentialKind kind)
    {
        kind = default;
        if (!FoldedValues.TryGetText(node, semanticModel, cancellationToken, out string text)
            || CredentialFindings.Find(node, text, semanticModel, settings, cancellationToken) is not { Count: 1 } findings
            || findings[0].Length != text.Length)
        {
            return false;
        }

        kind = findings[0].Kind;
        return true;
    }

    /// <summary>
    /// A value with a syntax error of its own (an unterminated string, a missing operand) is reported, but not rewritten:
    /// the fix cannot tell where the value ends.
    /// </summary>
    private static bool IsBroken(SyntaxNode node) => node.ContainsDiagnostics;

    /// <summary>IDs and tokens need no context, so counting them needs no semantic model.</summary>
    private static bool HoldsTooManyToRewrite(SyntaxNode node)
    {
        if (!StringLiterals.TryGetText(node, out string text) || !CredentialFinder.MayHoldIdOrToken(text))
        {
            return false;
        }

        var findings = new List<CredentialFinding>();
        CredentialFinder.AddIdsAndTokens(text, findings);
        return findings.Count > MaxFindingsPerString;
    }

    /// <summary>The string node or folded value (concatenation, char array) that a diagnostic was reported on.</summary>
    public static SyntaxNode? FindReportedNode(SyntaxNode root, TextSpan span)
    {
        SyntaxNode node = root.FindNode(span, getInnermostNodeForTie: true);
        return node.DescendantNodesAndSelf().FirstOrDefault(n => n.Span == span
            && (StringLiterals.TryGetText(n, out _) || Array.IndexOf(FoldedValues.Kinds, n.Kind()) >= 0));
    }

    public static async Task<Document> RewriteAsync(Document document, IEnumerable<TextSpan> spans, CredentialSource source, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SemanticModel semanticModel = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var rewrite = new Rewrite(editor, semanticModel, AnalyzerSettings.Read(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider, root.SyntaxTree), cancellationToken);

        var anchors = new Dictionary<StatementSyntax, List<SyntaxNode>>();
        var inline = new List<SyntaxNode>();
        var constants = new HashSet<SyntaxNode>();
        foreach (TextSpan span in spans.Distinct())
        {
            if (FindReportedNode(root, span) is not { } node || IsBroken(node))
            {
                continue;
            }

            if (!CanFix(node))
            {
                if (ConstConversion.FindDeclaration(node) is not { } declaration
                    || !await ConstConversion.CanConvertAsync(document, declaration, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                constants.Add(declaration);
            }

            if (source == CredentialSource.Runtime && FixContexts.FindAnchorStatement(node) is { } anchor)
            {
                if (!anchors.TryGetValue(anchor, out List<SyntaxNode>? nodes))
                {
                    anchors[anchor] = nodes = new List<SyntaxNode>();
                }

                nodes.Add(node);
            }
            else
            {
                inline.Add(node);
            }
        }

        // A fix on one literal of a statement fixes all its credentials, so the pair is never split across snapshots.
        foreach (KeyValuePair<StatementSyntax, List<SyntaxNode>> group in anchors)
        {
            group.Value.AddRange(group.Key.DescendantNodes().Where(n =>
                !group.Value.Contains(n) && StringLiterals.TryGetText(n, out _) && CanFix(n) && FixContexts.FindAnchorStatement(n) == group.Key));
        }

        // Outside statements (field initializers, expression bodies) the same holds for the initializer or argument
        // list that hands the pair over: an STS ID beside the long-term secret would sign nothing.
        foreach (SyntaxNode node in inline.ToList())
        {
            if (ValueExpressions.Get(node) is { } value && PairContainers.Find(value) is { } container)
            {
                inline.AddRange(container.DescendantNodes().Where(n =>
                    !inline.Contains(n) && StringLiterals.TryGetText(n, out _) && CanFix(n) && !IsBroken(n)
                    && (source == CredentialSource.Environment || FixContexts.FindAnchorStatement(n) is null)));
            }
        }

        if (source == CredentialSource.Environment)
        {
            foreach (IGrouping<EnvironmentRead, SyntaxNode> group in inline.GroupBy(n => EnvironmentNames.ReadFor(n, semanticModel, cancellationToken)))
            {
                rewrite.Replace(group.ToList(), kind => EnvironmentNames.Read(kind, group.Key), completeToken: false);
            }
        }
        else
        {
            bool addImport = !anchors.Keys.Concat(inline).Any(n => RuntimeNames.IsImported(semanticModel, n.SpanStart));
            var takenNames = new Dictionary<SyntaxNode, HashSet<string>>();
            foreach (KeyValuePair<StatementSyntax, List<SyntaxNode>> group in anchors)
            {
                string name = LocalNames.Pick(group.Key, semanticModel, takenNames);
                if (rewrite.Replace(group.Value, kind => RuntimeNames.Member(SyntaxFactory.IdentifierName(name), kind), completeToken: true))
                {
                    InsertLocal(editor, group.Key, name, RuntimeNames.GetCredentialCall(addImport));
                }
            }

            rewrite.Replace(inline, kind => RuntimeNames.Member(RuntimeNames.GetCredentialCall(addImport), kind), completeToken: true);
        }

        foreach (SyntaxNode declaration in constants)
        {
            ConstConversion.Convert(editor, declaration);
        }

        return await FixCleanup.FinishAsync(editor, cancellationToken).ConfigureAwait(false);
    }

    internal static void InsertLocal(DocumentEditor editor, StatementSyntax anchor, string name, ExpressionSyntax getCredential)
    {
        LocalDeclarationStatementSyntax declaration = SyntaxFactory.LocalDeclarationStatement(
            SyntaxFactory.VariableDeclaration(
                SyntaxFactory.IdentifierName("var"),
                SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.VariableDeclarator(name).WithInitializer(SyntaxFactory.EqualsValueClause(getCredential)))))
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

    /// <summary>The edits of one document.</summary>
    private sealed class Rewrite
    {
        private readonly DocumentEditor _editor;
        private readonly SemanticModel _semanticModel;
        private readonly AnalyzerSettings _settings;
        private readonly CancellationToken _cancellationToken;

        public Rewrite(DocumentEditor editor, SemanticModel semanticModel, AnalyzerSettings settings, CancellationToken cancellationToken)
        {
            _editor = editor;
            _semanticModel = semanticModel;
            _settings = settings;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Replaces every credential in <paramref name="nodes"/>; true when anything was replaced.</summary>
        public bool Replace(List<SyntaxNode> nodes, Func<CredentialKind, ExpressionSyntax> valueFor, bool completeToken)
        {
            var initializers = new HashSet<InitializerExpressionSyntax>();
            var argumentLists = new HashSet<ArgumentListSyntax>();
            var interpolations = new Dictionary<InterpolatedStringExpressionSyntax, Dictionary<int, IReadOnlyList<CredentialFinding>>>();
            bool replaced = false;

            foreach (SyntaxNode node in nodes)
            {
                if (StringLiterals.TryGetText(node, out string text))
                {
                    IReadOnlyList<CredentialFinding> findings = CredentialFindings.Find(node, text, _semanticModel, _settings, _cancellationToken);

                    // A list of keys is reported, not rewritten (see MaxFindingsPerString).
                    if (findings.Count == 0 || findings.Count > MaxFindingsPerString)
                    {
                        continue;
                    }

                    if (node is LiteralExpressionSyntax literal)
                    {
                        _editor.ReplaceNode(literal, CredentialReplacements.ForLiteral(literal, findings, valueFor));
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

                    replaced = true;
                }
                else if (ReplaceFoldedValue(node, valueFor) is { } target)
                {
                    CollectTokenTargets(target, initializers, argumentLists);
                    replaced = true;
                }
            }

            foreach (var entry in interpolations)
            {
                ReplaceInterpolatedParts(entry.Key, entry.Value, valueFor);
            }

            if (completeToken)
            {
                foreach (InitializerExpressionSyntax initializer in initializers)
                {
                    SecurityTokenCompletion.AddToInitializer(_editor, initializer, _semanticModel, valueFor(CredentialKind.SecurityToken), _cancellationToken);
                }

                foreach (ArgumentListSyntax arguments in argumentLists)
                {
                    SecurityTokenCompletion.AddToArguments(_editor, arguments, _semanticModel, valueFor(CredentialKind.SecurityToken), _cancellationToken);
                }
            }

            return replaced;
        }

        /// <summary>A folded value is replaced only when it is exactly one credential; text around it has no single literal to keep.</summary>
        private ExpressionSyntax? ReplaceFoldedValue(SyntaxNode node, Func<CredentialKind, ExpressionSyntax> valueFor)
        {
            if (!TryGetWholeFoldedCredential(node, _semanticModel, _settings, _cancellationToken, out CredentialKind kind)
                || ValueExpressions.Get(node) is not { } target)
            {
                return null;
            }

            ExpressionSyntax value = valueFor(kind);
            if (node is InitializerExpressionSyntax && target is not ObjectCreationExpressionSyntax)
            {
                // char[] secret = { 'x', … } keeps its type.
                value = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, value, SyntaxFactory.IdentifierName("ToCharArray")));
                target = node is InitializerExpressionSyntax { Parent: EqualsValueClauseSyntax } ? (ExpressionSyntax)node : target;
            }

            _editor.ReplaceNode(target, value.WithTriviaFrom(target));
            return target;
        }

        private void ReplaceInterpolatedParts(
            InterpolatedStringExpressionSyntax interpolated,
            Dictionary<int, IReadOnlyList<CredentialFinding>> findingsByIndex,
            Func<CredentialKind, ExpressionSyntax> valueFor)
        {
            bool verbatim = interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken);
            var originalParts = interpolated.Contents;
            _editor.ReplaceNode(interpolated, (current, _) =>
            {
                var updated = (InterpolatedStringExpressionSyntax)current;
                var contents = new List<InterpolatedStringContentSyntax>();
                for (int i = 0; i < updated.Contents.Count; i++)
                {
                    if (findingsByIndex.TryGetValue(i, out var findings) && originalParts[i] is InterpolatedStringTextSyntax part)
                    {
                        contents.AddRange(CredentialReplacements.ForInterpolatedText(part, findings, valueFor, verbatim));
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
    }
}
