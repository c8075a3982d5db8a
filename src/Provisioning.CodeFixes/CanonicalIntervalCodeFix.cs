using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Provisioning.Generators.Diagnostics;

namespace Provisioning.CodeFixes;

/// <summary>PRV0009: rewrites a non-canonical interval literal in its canonical form ("60m" → "1h", "5min" → "5m").</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CanonicalIntervalCodeFix))]
[Shared]
public sealed class CanonicalIntervalCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NonCanonicalInterval);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (FindLiteral(root, diagnostic) is not null
                && diagnostic.Properties.TryGetValue(DiagnosticProperties.CanonicalInterval, out var canonical)
                && canonical is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Write \"" + canonical + "\"",
                        cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                        equivalenceKey: DiagnosticIds.NonCanonicalInterval),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacements = new Dictionary<LiteralExpressionSyntax, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindLiteral(root, diagnostic) is { } literal
                && diagnostic.Properties.TryGetValue(DiagnosticProperties.CanonicalInterval, out var canonical)
                && canonical is not null)
            {
                replacements[literal] = canonical;
            }
        }

        var fixedRoot = root.ReplaceNodes(
            replacements.Keys,
            (original, _) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacements[original]))
                .WithTriviaFrom(original));
        return document.WithSyntaxRoot(fixedRoot);
    }

    private static LiteralExpressionSyntax? FindLiteral(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return node.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>()
            .FirstOrDefault(l => l.IsKind(SyntaxKind.StringLiteralExpression) && l.Span == diagnostic.Location.SourceSpan);
    }
}
