using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Provisioning.Config;

/// <summary>
/// Writes a <see cref="SessionConfig"/> options object as session config JSON, so the shared
/// <see cref="SessionConfigValidator"/> checks it with the same rules as a file. An empty or null <c>streams</c> list is left
/// out (the binder cannot tell it from a missing one); a value JSON cannot hold (NaN, infinity) is written as a string
/// so the validator names its key.
/// </summary>
internal static class SessionConfigJsonWriter
{
    public static string Write(SessionConfig config)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            WriteString(writer, SessionConfigSchema.Exchange, config.Exchange);
            WriteString(writer, SessionConfigSchema.Normalization, config.Normalization);
            WriteSymbols(writer, config);
            if (config.Streams is { Count: > 0 })
            {
                WriteList(writer, SessionConfigSchema.Streams, config.Streams);
            }

            WriteList(writer, SessionConfigSchema.DerivedIntervals, config.DerivedIntervals);
            if (config.Historical is { } historical)
            {
                writer.WriteStartObject(SessionConfigSchema.Historical);
                writer.WriteBoolean(SessionConfigSchema.Enabled, historical.Enabled);
                // The per-interval form stands alone; a days or intervals value set beside it is written so the rules refuse both.
                var perInterval = historical.Data is { Count: > 0 };
                if (!perInterval || historical.TrailingDays != 0)
                {
                    writer.WriteNumber(SessionConfigSchema.TrailingDays, historical.TrailingDays);
                }

                if (!perInterval || historical.Intervals is { Count: > 0 })
                {
                    WriteList(writer, SessionConfigSchema.Intervals, historical.Intervals);
                }

                if (perInterval)
                {
                    writer.WriteStartArray(SessionConfigSchema.HistoricalData);
                    foreach (var entry in historical.Data!)
                    {
                        if (entry is null)
                        {
                            writer.WriteNullValue();
                            continue;
                        }

                        writer.WriteStartObject();
                        WriteString(writer, SessionConfigSchema.Interval, entry.Interval);
                        writer.WriteNumber(SessionConfigSchema.TrailingDays, entry.TrailingDays);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            WriteNumber(writer, SessionConfigSchema.WarmupMultiplier, config.WarmupMultiplier);
            writer.WriteStartArray(SessionConfigSchema.Indicators);
            foreach (var indicator in config.Indicators ?? new List<IndicatorConfig>())
            {
                WriteIndicator(writer, indicator);
            }

            writer.WriteEndArray();
            if (config.Data is { } data)
            {
                writer.WriteStartObject(SessionConfigSchema.Data);
                WriteString(writer, SessionConfigSchema.Root, data.Root);
                if (data.Endpoint is not null)
                {
                    WriteString(writer, SessionConfigSchema.Endpoint, data.Endpoint);
                }

                if (data.Region is not null)
                {
                    WriteString(writer, SessionConfigSchema.Region, data.Region);
                }

                if (data.PathStyle is { } pathStyle)
                {
                    writer.WriteBoolean(SessionConfigSchema.PathStyle, pathStyle);
                }
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // A symbol with its own exchange or normalization is written as an object, so the validator checks them at their place.
    private static void WriteSymbols(Utf8JsonWriter writer, SessionConfig config)
    {
        writer.WriteStartArray(SessionConfigSchema.Symbols);
        foreach (var symbol in config.Symbols ?? new List<string>())
        {
            string? exchange = null;
            string? normalization = null;
            var hasExchange = symbol is not null && config.SymbolExchanges is { } own && own.TryGetValue(symbol, out exchange);
            var hasNormalization = symbol is not null && config.SymbolNormalizations is { } modes && modes.TryGetValue(symbol, out normalization);
            if (hasExchange || hasNormalization)
            {
                writer.WriteStartObject();
                WriteString(writer, SessionConfigSchema.Symbol, symbol);
                if (hasExchange)
                {
                    WriteString(writer, SessionConfigSchema.Exchange, exchange);
                }

                if (hasNormalization)
                {
                    WriteString(writer, SessionConfigSchema.Normalization, normalization);
                }

                writer.WriteEndObject();
            }
            else if (symbol is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(symbol);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteIndicator(Utf8JsonWriter writer, IndicatorConfig? indicator)
    {
        if (indicator is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteString(writer, SessionConfigSchema.Name, indicator.Name);
        WriteString(writer, SessionConfigSchema.Interval, indicator.Interval);
        writer.WriteStartObject(SessionConfigSchema.Parameters);
        foreach (var pair in indicator.Parameters ?? new Dictionary<string, double>())
        {
            WriteNumber(writer, pair.Key ?? string.Empty, pair.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, string key, List<string>? items)
    {
        writer.WriteStartArray(key);
        foreach (var item in items ?? new List<string>())
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(item);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteString(Utf8JsonWriter writer, string key, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(key);
        }
        else
        {
            writer.WriteString(key, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string key, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(key, value);
        }
        else
        {
            writer.WriteString(key, value.ToString("R", CultureInfo.InvariantCulture));
        }
    }
}
