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

/// <summary>
/// PRV0002: declares the missing base interval on the strategy. When the strategy already declares bars of that
/// interval without <c>Base = true</c>, they become the base; otherwise <c>[Bars("1m", Base = true)]</c> is added
/// before the strategy's other attributes, written the way its attribute at the diagnostic is written.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddBaseIntervalCodeFix))]
[Shared]
public sealed class AddBaseIntervalCodeFix : CodeFixProvider
{
    private const string BarsName = "Bars";
    private const string BaseName = "Base";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingBaseInterval);

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
            if (Find(root, diagnostic) is { } target)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Declare [Bars(\"" + target.Base + "\", Base = true)] on '" + target.Declaration.Identifier.ValueText + "'",
                        cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                        equivalenceKey: DiagnosticIds.MissingBaseInterval),
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

        var work = new Dictionary<TypeDeclarationSyntax, List<(string Base, NameSyntax Name)>>();
        foreach (var diagnostic in diagnostics)
        {
            if (Find(root, diagnostic) is not { } target)
            {
                continue;
            }

            if (!work.TryGetValue(target.Declaration, out var bases))
            {
                bases = new List<(string, NameSyntax)>();
                work.Add(target.Declaration, bases);
            }

            if (!bases.Any(b => b.Base == target.Base))
            {
                bases.Add((target.Base, target.BarsName));
            }
        }

        var fixedRoot = root.ReplaceNodes(work.Keys, (original, rewritten) =>
        {
            var declaration = rewritten;
            foreach (var (baseInterval, name) in work[original])
            {
                declaration = DeclareBase(declaration, baseInterval, name);
            }

            return declaration;
        });
        return document.WithSyntaxRoot(fixedRoot);
    }

    private static Target? Find(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource
            || diagnostic.Location.SourceTree != root.SyntaxTree
            || !diagnostic.Properties.TryGetValue(DiagnosticProperties.SuggestedBase, out var baseInterval)
            || string.IsNullOrEmpty(baseInterval))
        {
            return null;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var attribute = node.FirstAncestorOrSelf<AttributeSyntax>();
        var declaration = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (attribute is null || declaration is null || declaration.AttributeLists.Count == 0)
        {
            return null;
        }

        return new Target(declaration, baseInterval!, BarsNameLike(attribute.Name));
    }

    private static NameSyntax BarsNameLike(NameSyntax written) => written switch
    {
        QualifiedNameSyntax qualified => SyntaxFactory.QualifiedName(qualified.Left, SyntaxFactory.IdentifierName(BarsName)),
        AliasQualifiedNameSyntax alias => SyntaxFactory.AliasQualifiedName(alias.Alias, SyntaxFactory.IdentifierName(BarsName)),
        _ => SyntaxFactory.IdentifierName(BarsName),
    };

    private static TypeDeclarationSyntax DeclareBase(TypeDeclarationSyntax declaration, string baseInterval, NameSyntax name)
    {
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (IsBarsOf(attribute, baseInterval) && BaseArgument(attribute) is var existing && !IsTrue(existing))
                {
                    var updated = existing is null
                        ? attribute.WithArgumentList(Append(attribute.ArgumentList!, BaseTrue()))
                        : attribute.ReplaceNode(existing.Expression, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(existing.Expression));
                    return declaration.ReplaceNode(attribute, updated);
                }
            }
        }

        var newAttribute = SyntaxFactory.Attribute(
            name,
            Append(
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(baseInterval))))),
                BaseTrue()));

        var first = declaration.AttributeLists[0];
        var leading = first.GetLeadingTrivia();
        var ownLine = first.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
        var newList = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(newAttribute))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(ownLine ? first.GetTrailingTrivia().Last(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) : SyntaxFactory.Space);
        var lists = declaration.AttributeLists
            .Replace(first, first.WithLeadingTrivia(ownLine ? indentation : SyntaxFactory.TriviaList()))
            .Insert(0, newList);
        return declaration.WithAttributeLists(lists);
    }

    private static AttributeArgumentSyntax BaseTrue() =>
        SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(
                SyntaxFactory.IdentifierName(BaseName).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space)),
            nameColon: null,
            SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression));

    private static AttributeArgumentListSyntax Append(AttributeArgumentListSyntax list, AttributeArgumentSyntax argument)
    {
        var items = list.Arguments.GetWithSeparators();
        if (list.Arguments.Count > 0)
        {
            items = items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        return list.WithArguments(SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(items.Add(argument)));
    }

    private static bool IsBarsOf(AttributeSyntax attribute, string baseInterval)
    {
        var simple = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => string.Empty,
        };
        if (simple != BarsName && simple != BarsName + "Attribute")
        {
            return false;
        }

        var first = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null);
        return first?.Expression is LiteralExpressionSyntax literal
            && literal.IsKind(SyntaxKind.StringLiteralExpression)
            && literal.Token.ValueText == baseInterval;
    }

    private static AttributeArgumentSyntax? BaseArgument(AttributeSyntax attribute) =>
        attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == BaseName);

    private static bool IsTrue(AttributeArgumentSyntax? argument) =>
        argument?.Expression.IsKind(SyntaxKind.TrueLiteralExpression) == true;

    private sealed class Target
    {
        public Target(TypeDeclarationSyntax declaration, string baseInterval, NameSyntax barsName)
        {
            Declaration = declaration;
            Base = baseInterval;
            BarsName = barsName;
        }

        public TypeDeclarationSyntax Declaration { get; }

        public string Base { get; }

        public NameSyntax BarsName { get; }
    }
}
