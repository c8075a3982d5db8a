using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Provisioning.Collections;

namespace Provisioning.State;

/// <summary>
/// An immutable picture of what a session holds, taken from its live registry when an addition is analysed and
/// planned. It sits apart from both because analysis and planning both read it (a plan is the difference between an
/// addition's requirements and this picture), and the dry run projects steps onto it. Compared by value; symbols are
/// kept in ordinal order.
/// </summary>
public sealed record SessionStateSnapshot
{
    private readonly Dictionary<string, SymbolState> _bySymbol;

    /// <summary>A snapshot of the given symbols; a symbol listed twice keeps its last state.</summary>
    public SessionStateSnapshot(IEnumerable<SymbolState> symbols)
    {
        _bySymbol = new Dictionary<string, SymbolState>(StringComparer.Ordinal);
        foreach (var symbol in symbols)
        {
            _bySymbol[symbol.Symbol] = symbol;
        }

        Symbols = new EquatableArray<SymbolState>(_bySymbol.Values.OrderBy(s => s.Symbol, StringComparer.Ordinal));
    }

    /// <summary>A session that holds nothing.</summary>
    public static SessionStateSnapshot Empty { get; } = new(Array.Empty<SymbolState>());

    /// <summary>Every symbol, in ordinal order.</summary>
    public EquatableArray<SymbolState> Symbols { get; }

    /// <summary>The state of <paramref name="symbol"/> (normalised, upper case); false when the session does not have it.</summary>
    public bool TryGetSymbol(string symbol, [NotNullWhen(true)] out SymbolState? state) => _bySymbol.TryGetValue(symbol, out state);

    /// <summary>A snapshot with <paramref name="symbol"/> added, or replacing the state of the same symbol.</summary>
    public SessionStateSnapshot With(SymbolState symbol) => new(Symbols.Append(symbol));

    /// <inheritdoc />
    public bool Equals(SessionStateSnapshot? other) => other is not null && Symbols.Equals(other.Symbols);

    /// <inheritdoc />
    public override int GetHashCode() => Symbols.GetHashCode();
}
