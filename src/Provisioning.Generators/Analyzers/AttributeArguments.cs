using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Provisioning.Generators.Analyzers;

/// <summary>Pairs the arguments written in an attribute with the constructor parameters they bind to.</summary>
internal static class AttributeArguments
{
    /// <summary>
    /// The constructor arguments of <paramref name="attribute"/> with their parameter and their index among the
    /// values bound to it (0 except for the elements of an expanded params array). Named property assignments
    /// (<c>Base = true</c>) are left out.
    /// </summary>
    public static IEnumerable<BoundAttributeArgument> Constructor(AttributeSyntax attribute, IMethodSymbol constructor)
    {
        if (attribute.ArgumentList is null)
        {
            yield break;
        }

        var parameters = constructor.Parameters;
        var position = 0;
        var paramsIndex = 0;
        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals is not null)
            {
                continue;
            }

            if (argument.NameColon is not null)
            {
                var name = argument.NameColon.Name.Identifier.ValueText;
                foreach (var parameter in parameters)
                {
                    if (parameter.Name == name)
                    {
                        yield return new BoundAttributeArgument(argument, parameter, 0, expandedParams: false);
                    }
                }

                position++;
                continue;
            }

            if (position < parameters.Length && !(parameters[position].IsParams && position == parameters.Length - 1))
            {
                yield return new BoundAttributeArgument(argument, parameters[position], 0, expandedParams: false);
            }
            else if (parameters.Length > 0 && parameters[parameters.Length - 1].IsParams && position >= parameters.Length - 1)
            {
                yield return new BoundAttributeArgument(argument, parameters[parameters.Length - 1], paramsIndex, expandedParams: true);
                paramsIndex++;
            }

            position++;
        }
    }
}
