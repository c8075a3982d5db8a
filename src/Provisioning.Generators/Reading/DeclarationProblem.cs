using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Provisioning.Generators.Reading;

/// <summary>
/// One thing wrong with a declaration: its kind, the arguments of its diagnostic's message format (names and values;
/// the fixed text is the descriptor's), and where it is (a symbol, or an attribute and one of its arguments). Problems hold symbols, so they never enter a generator pipeline: the
/// generator keeps only a reading's model; analyzers report the problems.
/// </summary>
internal sealed class DeclarationProblem
{
    public DeclarationProblem(
        DeclarationProblemKind kind,
        string[] messageArguments,
        ISymbol? symbol,
        AttributeData? attribute = null,
        int argumentIndex = -1,
        string? namedArgument = null,
        string? suggestion = null)
    {
        Kind = kind;
        MessageArguments = messageArguments;
        Symbol = symbol;
        Attribute = attribute;
        ArgumentIndex = argumentIndex;
        NamedArgument = namedArgument;
        Suggestion = suggestion;
    }

    public DeclarationProblemKind Kind { get; }

    /// <summary>The arguments of the diagnostic's message format, in its order (see the descriptor's summary).</summary>
    public string[] MessageArguments { get; }

    /// <summary>The symbol at fault (type, constructor parameter, method); used when there is no attribute.</summary>
    public ISymbol? Symbol { get; }

    /// <summary>The attribute at fault, when the problem is in an attribute.</summary>
    public AttributeData? Attribute { get; }

    /// <summary>
    /// The index of the offending argument in the attribute's written argument list (positional arguments, with a
    /// params array's elements counted one by one); -1 for the whole attribute or a named argument.
    /// </summary>
    public int ArgumentIndex { get; }

    /// <summary>The offending named argument (Min, Max, Input, HistoricalDays), or null.</summary>
    public string? NamedArgument { get; }

    /// <summary>A replacement a code fix can offer: the canonical interval, or a base interval to declare.</summary>
    public string? Suggestion { get; }

    /// <summary>
    /// The most precise place to report the problem at: the offending attribute argument, else the attribute, else the
    /// symbol's name. Null when the declaration has no source (a type from another assembly).
    /// </summary>
    public Location? GetLocation(CancellationToken cancellationToken = default)
    {
        if (Attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax attribute)
        {
            var arguments = attribute.ArgumentList?.Arguments;
            if (arguments is { } list)
            {
                if (NamedArgument is not null)
                {
                    foreach (var argument in list)
                    {
                        if (argument.NameEquals?.Name.Identifier.ValueText == NamedArgument)
                        {
                            return argument.Expression.GetLocation();
                        }
                    }
                }
                else if (ArgumentIndex >= 0)
                {
                    var positional = 0;
                    foreach (var argument in list)
                    {
                        if (argument.NameEquals is not null)
                        {
                            continue;
                        }

                        if (positional == ArgumentIndex)
                        {
                            return argument.Expression.GetLocation();
                        }

                        positional++;
                    }
                }
            }

            return attribute.GetLocation();
        }

        if (Symbol is not null)
        {
            foreach (var location in Symbol.Locations)
            {
                if (location.IsInSource)
                {
                    return location;
                }
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Kind + ": " + string.Join(", ", MessageArguments);
}
