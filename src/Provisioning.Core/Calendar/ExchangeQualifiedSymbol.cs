using System;

namespace Provisioning.Calendar;

/// <summary>
/// A symbol as an author may name it, alone (<c>"7203"</c>) or with its exchange in TradingView's form
/// (<c>"XTKS:7203"</c>). The bare symbol is the session's key and the store's path; the exchange, when given, picks
/// the symbol's calendar. A symbol never contains ':', so the first one separates the two when what is before it can be
/// an exchange name (letters, digits, '/', '-', '_', '.', at most <see cref="MaxExchangeLength"/>); any other text is
/// left whole, for the symbol grammar to refuse with its own reason.
/// </summary>
internal readonly record struct ExchangeQualifiedSymbol(string? Exchange, string Symbol)
{
    /// <summary>The longest text before ':' read as an exchange name.</summary>
    public const int MaxExchangeLength = 32;

    /// <summary>Splits <paramref name="text"/> at its first ':'; no exchange when there is none or it cannot be one. Never throws.</summary>
    public static ExchangeQualifiedSymbol Parse(string? text)
    {
        var value = text ?? string.Empty;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon <= MaxExchangeLength && IsExchangeName(value.AsSpan(0, colon))
            ? new(value[..colon], value[(colon + 1)..])
            : new(null, value);
    }

    private static bool IsExchangeName(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('/' or '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
