using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Provisioning.Collections;
using Provisioning.Generators.Model;

namespace Provisioning.Generators.Reading;

/// <summary>Questions about a type's declaration that every reader asks, and its <see cref="TypeDeclarationModel"/>.</summary>
internal static class SymbolShape
{
    /// <summary>True when some declaration of <paramref name="type"/> in source has the partial modifier.</summary>
    public static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the type is declared in source (it can be made partial and extended).</summary>
    public static bool IsInSource(ISymbol symbol) => symbol.DeclaringSyntaxReferences.Length > 0;

    /// <summary>The first type in <paramref name="type"/> and its containing types that is not partial, or null.</summary>
    public static INamedTypeSymbol? FirstNonPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current, cancellationToken))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="type"/> or a type containing it has type parameters.</summary>
    public static bool IsGenericOrInGeneric(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.Arity > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The accessibility code outside the type (at namespace level, in the same assembly) sees: Public when it and all
    /// containing types are public, Internal when they are at least internal, otherwise Private.
    /// </summary>
    public static Accessibility Reach(ISymbol symbol)
    {
        var reach = Accessibility.Public;
        for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    break;
                case Accessibility.Internal:
                case Accessibility.ProtectedOrInternal:
                    reach = Accessibility.Internal;
                    break;
                default:
                    return Accessibility.Private;
            }
        }

        return reach;
    }

    /// <summary>The declaration keyword of a type: "class", "record", "struct", "record struct" or "interface".</summary>
    public static string Keyword(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
        TypeKind.Interface => "interface",
        _ => type.IsRecord ? "record" : "class",
    };

    /// <summary>An identifier as C# source writes it: "@event" for a keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>The type as generated code writes it: <c>global::Ns.Outer.Sma</c>.</summary>
    public static string FullyQualified(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>How many base types <paramref name="type"/> has (object has none).</summary>
    public static int Depth(INamedTypeSymbol type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>Where a (non-generic) type is declared and how generated code names it.</summary>
    public static TypeDeclarationModel Describe(INamedTypeSymbol type)
    {
        var containing = new List<ContainingTypeModel>();
        var flat = string.Empty;
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            containing.Insert(0, new ContainingTypeModel(Keyword(current), Identifier(current.Name)));
            flat = current.Name + flat;
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
        var hint = ns.Length == 0 ? string.Empty : ns + ".";
        foreach (var outer in containing)
        {
            hint += outer.Name.TrimStart('@') + "+";
        }

        return new TypeDeclarationModel(
            ns,
            new EquatableArray<ContainingTypeModel>(containing),
            Keyword(type),
            Identifier(type.Name),
            FullyQualified(type),
            flat + type.Name,
            hint + type.Name,
            Reach(type) == Accessibility.Public);
    }

    /// <summary>The text of a string constant argument, or null when it is missing, null or not a string.</summary>
    public static string? StringArgument(AttributeData attribute, int index)
    {
        var arguments = attribute.ConstructorArguments;
        return index < arguments.Length && arguments[index].Kind == TypedConstantKind.Primitive
            ? arguments[index].Value as string
            : null;
    }

    /// <summary>The named argument <paramref name="name"/> of an attribute, if it is written and valid.</summary>
    public static bool TryGetNamedArgument(AttributeData attribute, string name, out TypedConstant value)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind != TypedConstantKind.Error)
            {
                value = argument.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>A number for messages: "20", "2.5", "-Infinity".</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
