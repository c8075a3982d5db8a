using System;
using System.Collections.Generic;
using Provisioning.Json;

namespace Provisioning.Config;

/// <summary>
/// The exchanges a session config names: its default <c>exchange</c> (XNYS when missing) and the <c>exchange</c> of
/// each symbol object. Reads what is there without judging it (the validator does that); for the analyzers, which cap
/// intervals by the markets of the session they build for.
/// </summary>
internal static class SessionConfigExchanges
{
    /// <summary>The distinct exchange values in <paramref name="root"/>, the default first; empty when it is not an object.</summary>
    public static IReadOnlyList<string> Read(JsonNode? root)
    {
        var found = new List<string>();
        if (root is not JsonObjectNode document)
        {
            return found;
        }

        Add(found, document.Find(SessionConfigSchema.Exchange)?.Value is JsonStringNode exchange ? exchange.Value : SessionConfigSchema.DefaultExchange);
        if (document.Find(SessionConfigSchema.Symbols)?.Value is JsonArrayNode symbols)
        {
            foreach (var item in symbols.Items)
            {
                if (item is JsonObjectNode entry && entry.Find(SessionConfigSchema.Exchange)?.Value is JsonStringNode own)
                {
                    Add(found, own.Value);
                }
            }
        }

        return found;
    }

    private static void Add(List<string> found, string exchange)
    {
        var trimmed = exchange.Trim();
        if (trimmed.Length > 0 && !found.Exists(e => string.Equals(e, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            found.Add(trimmed);
        }
    }
}
