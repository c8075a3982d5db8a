using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Provisioning.Generators.Analyzers;

/// <summary>An attribute argument as written, with the constructor parameter it binds to.</summary>
internal readonly struct BoundAttributeArgument
{
    public BoundAttributeArgument(AttributeArgumentSyntax syntax, IParameterSymbol parameter, int paramsIndex, bool expandedParams)
    {
        Syntax = syntax;
        Parameter = parameter;
        ParamsIndex = paramsIndex;
        IsExpandedParams = expandedParams;
    }

    /// <summary>The argument as written.</summary>
    public AttributeArgumentSyntax Syntax { get; }

    /// <summary>The parameter it binds to.</summary>
    public IParameterSymbol Parameter { get; }

    /// <summary>For an element of an expanded params array: its index in the array.</summary>
    public int ParamsIndex { get; }

    /// <summary>True when the argument is one element of an expanded params array.</summary>
    public bool IsExpandedParams { get; }
}
