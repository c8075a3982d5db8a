using System.Linq;
using Provisioning.Json;

namespace Provisioning.Config;

/// <summary>Binds the symbol objects of checked session config JSON (<c>{ "symbol", "exchange", "normalization" }</c>) into the options class.</summary>
internal static class SymbolObjects
{
    /// <summary>
    /// Adds each symbol object's symbol to <see cref="SessionConfig.Symbols"/> in place, its exchange to
    /// <see cref="SessionConfig.SymbolExchanges"/> and its normalization to <see cref="SessionConfig.SymbolNormalizations"/>.
    /// </summary>
    public static void Bind(JsonObjectNode root, SessionConfig options)
    {
        if (root.Find(SessionConfigSchema.Symbols)?.Value is not JsonArrayNode symbols)
        {
            return;
        }

        options.Symbols = symbols.Items
            .Select(item => item is JsonObjectNode entry ? (entry.Find(SessionConfigSchema.Symbol)?.Value as JsonStringNode)?.Value : (item as JsonStringNode)?.Value)
            .Where(symbol => symbol is not null)
            .Select(symbol => symbol!)
            .ToList();
        foreach (var entry in symbols.Items.OfType<JsonObjectNode>())
        {
            if (entry.Find(SessionConfigSchema.Symbol)?.Value is JsonStringNode symbol
                && entry.Find(SessionConfigSchema.Exchange)?.Value is JsonStringNode exchange)
            {
                options.SymbolExchanges[symbol.Value] = exchange.Value;
            }

            if (entry.Find(SessionConfigSchema.Symbol)?.Value is JsonStringNode named
                && entry.Find(SessionConfigSchema.Normalization)?.Value is JsonStringNode normalization)
            {
                options.SymbolNormalizations[named.Value] = normalization.Value;
            }
        }
    }
}
