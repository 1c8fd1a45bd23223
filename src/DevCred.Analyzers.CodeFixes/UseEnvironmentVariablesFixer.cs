using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DevCred.Analyzers;

/// <summary>
/// "Read from environment variables" for DEVCRED001, DEVCRED002 and DEVCRED003: for environments without a
/// RAM role, where an AccessKey pair must come from outside the code.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseEnvironmentVariablesFixer))]
[ExtensionOrder(After = nameof(UseStsCredentialFixer))]
[Shared]
public sealed class UseEnvironmentVariablesFixer : CodeFixProvider
{
    public const string Title = "Read from environment variables";

    public override ImmutableArray<string> FixableDiagnosticIds => CredentialFixes.FixableIds;

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) =>
            CredentialRewriter.RewriteAsync(document, diagnostics.Select(d => d.Location.SourceSpan), CredentialSource.Environment, context.CancellationToken)!);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => CredentialFixes.RegisterAsync(context, Title, nameof(UseEnvironmentVariablesFixer), CredentialSource.Environment);
}
