using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Tests.Incremental;

/// <summary>
/// Walks everything reachable from pipeline outputs through fields, arrays and sequences, and records any Roslyn
/// object that would keep a compilation alive or break caching: symbols, syntax, locations, semantic models,
/// syntax trees, compilations.
/// </summary>
internal sealed class ModelWalker
{
    private static readonly Type[] ForbiddenTypes =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxToken), typeof(SyntaxTree), typeof(Location),
        typeof(Compilation), typeof(SemanticModel), typeof(AttributeData), typeof(SyntaxReference),
    ];

    private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);

    public List<string> Forbidden { get; } = [];

    public HashSet<Type> TypesSeen { get; } = [];

    public void Visit(object? value, string path)
    {
        if (value is null || value is string || value is Pointer)
        {
            return;
        }

        var type = value.GetType();
        TypesSeen.Add(type);
        foreach (var forbidden in ForbiddenTypes)
        {
            if (forbidden.IsAssignableFrom(type))
            {
                Forbidden.Add($"{path}: {type.FullName}");
                return;
            }
        }

        if (type.IsPrimitive || type.IsEnum || type.IsPointer)
        {
            return;
        }

        if (!type.IsValueType && !_visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                Visit(item, $"{path}[{i++}]");
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                Visit(field.GetValue(value), $"{path}.{field.Name}");
            }
        }
    }
}
