using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Provisioning.Config;

/// <summary>
/// Writes a configuration section as session config JSON so the shared <see cref="SessionConfigValidator"/> checks it.
/// Configuration keeps every value as a string, so the schema decides the JSON type: a number where the schema has a
/// number when the text is a JSON number ("2.0" stays 2.0), true or false for "enabled", a string otherwise (the
/// validator then names the key). Keys are matched to the schema ignoring case, as configuration does; arrays are the
/// numbered children in numeric order, and a key with no value and no children is an empty list or object.
/// </summary>
internal static class SessionConfigurationJson
{
    private static readonly string[] ListKeys =
    {
        SessionConfigSchema.Symbols, SessionConfigSchema.Streams, SessionConfigSchema.DerivedIntervals, SessionConfigSchema.Indicators,
    };

    public static string Write(IConfiguration section)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteObject(writer, section.GetChildren(), SessionConfigSchema.RootKeys, Shape.Root);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private enum Shape
    {
        Root,
        Historical,
        HistoricalEntry,
        Data,
        Indicator,
        Parameters,
        Other,
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<IConfigurationSection> children, IReadOnlyList<string> keys, Shape shape)
    {
        writer.WriteStartObject();
        foreach (var child in children)
        {
            var key = keys.FirstOrDefault(k => string.Equals(k, child.Key, StringComparison.OrdinalIgnoreCase)) ?? child.Key;
            writer.WritePropertyName(key);
            WriteValue(writer, child, key, shape);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, IConfigurationSection section, string key, Shape parent)
    {
        var children = section.GetChildren().ToArray();
        var isList = (parent == Shape.Root && ListKeys.Contains(key))
            || (parent == Shape.Historical && (key == SessionConfigSchema.Intervals || key == SessionConfigSchema.HistoricalData));
        if (isList && (children.Length > 0 || string.IsNullOrEmpty(section.Value)))
        {
            writer.WriteStartArray();
            foreach (var item in OrderedItems(children))
            {
                var itemShape = key == SessionConfigSchema.Indicators ? Shape.Indicator
                    : parent == Shape.Historical && key == SessionConfigSchema.HistoricalData ? Shape.HistoricalEntry
                    : Shape.Other;
                WriteValue(writer, item, string.Empty, itemShape);
            }

            writer.WriteEndArray();
            return;
        }

        if (parent == Shape.Indicator && key.Length == 0 && (children.Length > 0 || string.IsNullOrEmpty(section.Value)))
        {
            WriteObject(writer, children, SessionConfigSchema.IndicatorKeys, Shape.Indicator);
            return;
        }

        if (parent == Shape.HistoricalEntry && key.Length == 0 && (children.Length > 0 || string.IsNullOrEmpty(section.Value)))
        {
            WriteObject(writer, children, SessionConfigSchema.HistoricalDataKeys, Shape.HistoricalEntry);
            return;
        }

        var objectShape = (parent, key) switch
        {
            (Shape.Root, SessionConfigSchema.Historical) => Shape.Historical,
            (Shape.Root, SessionConfigSchema.Data) => Shape.Data,
            (Shape.Indicator, SessionConfigSchema.Parameters) => Shape.Parameters,
            _ => Shape.Other,
        };
        if (children.Length > 0 || (objectShape != Shape.Other && string.IsNullOrEmpty(section.Value)))
        {
            var keys = objectShape switch
            {
                Shape.Historical => SessionConfigSchema.HistoricalKeys,
                Shape.Data => SessionConfigSchema.DataKeys,
                _ => Array.Empty<string>(),
            };
            WriteObject(writer, children, keys, objectShape);
            return;
        }

        var value = section.Value;
        var isNumber = (parent == Shape.Root && key == SessionConfigSchema.WarmupMultiplier)
            || ((parent == Shape.Historical || parent == Shape.HistoricalEntry) && key == SessionConfigSchema.TrailingDays)
            || parent == Shape.Parameters;
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (isNumber && IsJsonNumber(value))
        {
            writer.WriteRawValue(value);
        }
        else if (((parent == Shape.Historical && key == SessionConfigSchema.Enabled) || (parent == Shape.Data && key == SessionConfigSchema.PathStyle))
            && bool.TryParse(value, out var flag))
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static IEnumerable<IConfigurationSection> OrderedItems(IConfigurationSection[] children) =>
        children.OrderBy(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue);

    // The JSON number grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
    private static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i < text.Length && text[i] == '0')
        {
            i++;
        }
        else if (!Digits(text, ref i))
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static bool Digits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        return i > start;
    }
}
