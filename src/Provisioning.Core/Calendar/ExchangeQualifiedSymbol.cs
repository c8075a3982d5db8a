using System;

namespace Provisioning.Calendar;

/// <summary>
/// A symbol as an author may name it, alone (<c>"7203"</c>) or with its exchange in TradingView's form
/// (<c>"XTKS:7203"</c>). The bare symbol is the session's key and the store's path; the exchange, when given, picks
/// the symbol's calendar. A symbol never contains ':', so the first one separates the two.
/// </summary>
internal readonly record struct ExchangeQualifiedSymbol(string? Exchange, string Symbol)
{
    /// <summary>Splits <paramref name="text"/> at its first ':'; no exchange when there is none. Never throws.</summary>
    public static ExchangeQualifiedSymbol Parse(string? text)
    {
        var value = text ?? string.Empty;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new(null, value) : new(value[..colon].Trim(), value[(colon + 1)..]);
    }
}
