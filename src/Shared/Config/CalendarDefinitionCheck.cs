using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Provisioning.Json;
using Provisioning.Text;

namespace Provisioning.Config;

/// <summary>
/// The build's check of a calendar definition file (docs/calendars.md) named in a session config: JSON syntax, the
/// top-level keys, the required ones, the exchange name, the date range and the hours' times, each at its line and
/// column. The runtime's reader checks everything (rules, time zones, sessions); this is the part the build can check
/// without the rules engine. Never throws on bad input.
/// </summary>
internal static class CalendarDefinitionCheck
{
    /// <summary>The top-level keys of a definition.</summary>
    public static IReadOnlyList<string> Keys { get; } = new[]
    {
        "exchange", "name", "notes", "timeZone", "firstDate", "lastDate", "tradingDays", "hours", "holidays",
        "closeDaysBetweenHolidays", "earlyCloses", "closures", "specialCloses", "specialOpens",
    };

    private static readonly string[] Required = { "exchange", "timeZone", "firstDate", "lastDate", "hours" };

    private static readonly string[] HoursKeys = { "from", "open", "openOnPreviousDay", "close", "breakStart", "breakEnd" };

    /// <summary>The problems of <paramref name="text"/>, in text order; empty when the build finds none.</summary>
    public static IReadOnlyList<(string Message, JsonSpan Span)> Check(string? text)
    {
        var issues = new List<(string Message, JsonSpan Span)>();
        var parsed = JsonDocumentParser.Parse(text);
        if (parsed.Error is { } error)
        {
            issues.Add((error.Message, error.Span));
            return issues;
        }

        if (parsed.Root is not JsonObjectNode root)
        {
            issues.Add(("A calendar definition is a JSON object, such as { \"exchange\": \"XASX\", \"timeZone\": \"Australia/Sydney\", ... }, but this file holds "
                + parsed.Root!.KindDescription + ".", parsed.Root.Span));
            return issues;
        }

        foreach (var property in root.Properties)
        {
            if (!Keys.Contains(property.Name, StringComparer.Ordinal))
            {
                var suggestion = NameSuggestion.Closest(property.Name, Keys);
                issues.Add(("Unknown key " + EchoedText.Quote(property.Name) + " in the calendar definition: "
                    + (suggestion is null ? "remove it, or use one of: " + string.Join(", ", Keys) + "." : "did you mean \"" + suggestion + "\"?"), property.NameNode.Span));
            }
        }

        foreach (var key in Required)
        {
            if (root.Find(key) is null)
            {
                issues.Add(("\"" + key + "\" is missing: every definition has it (docs/calendars.md).", Brace(root)));
            }
        }

        if (root.Find("exchange")?.Value is { } exchange)
        {
            if (exchange is not JsonStringNode name || name.Value.Trim().Length == 0 || name.Value.Trim().Length > 32)
            {
                issues.Add(("\"exchange\" must be the calendar's name, such as \"XASX\" (1 to 32 characters).", exchange.Span));
            }
        }

        if (root.Find("timeZone")?.Value is { } zone && (zone is not JsonStringNode zoneName || zoneName.Value.Trim().Length == 0))
        {
            issues.Add(("\"timeZone\" must be an IANA time zone id, such as \"Europe/London\" or \"UTC\".", zone.Span));
        }

        var first = Date(root, "firstDate", issues);
        var last = Date(root, "lastDate", issues);
        if (first is { } from && last is { } to && from > to)
        {
            issues.Add(("\"firstDate\" (" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ") is after \"lastDate\" ("
                + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ").", root.Find("lastDate")!.Value.Span));
        }

        if (root.Find("hours")?.Value is { } hours)
        {
            CheckHours(hours, issues);
        }

        return issues.OrderBy(i => i.Span.Start).ToArray();
    }

    private static void CheckHours(JsonNode hours, List<(string Message, JsonSpan Span)> issues)
    {
        if (hours is not JsonArrayNode periods || periods.Items.Count == 0)
        {
            issues.Add(("\"hours\" must be a non-empty array of periods, such as [{ \"open\": \"10:00\", \"close\": \"16:00\" }].", hours.Span));
            return;
        }

        foreach (var item in periods.Items)
        {
            if (item is not JsonObjectNode period)
            {
                issues.Add(("Each period of \"hours\" is an object, such as { \"open\": \"10:00\", \"close\": \"16:00\" }.", item.Span));
                continue;
            }

            foreach (var property in period.Properties)
            {
                if (!HoursKeys.Contains(property.Name, StringComparer.Ordinal))
                {
                    issues.Add(("Unknown key " + EchoedText.Quote(property.Name) + " in a period of \"hours\": use " + string.Join(", ", HoursKeys) + ".", property.NameNode.Span));
                }
            }

            foreach (var key in new[] { "open", "close", "breakStart", "breakEnd" })
            {
                var value = period.Find(key)?.Value;
                if (value is null)
                {
                    if (key == "open" || key == "close")
                    {
                        issues.Add(("This period of \"hours\" has no \"" + key + "\": write it as \"HH:mm\" in the exchange's time zone.", Brace(period)));
                    }

                    continue;
                }

                if (value is not JsonStringNode time || !IsTime(time.Value, allowMidnightEnd: key == "close"))
                {
                    issues.Add(("\"" + key + "\" must be a time \"HH:mm\"" + (key == "close" ? " (or \"24:00\")" : string.Empty) + ", not "
                        + (value is JsonStringNode shown ? EchoedText.Quote(shown.Value) : value.KindDescription) + ".", value.Span));
                }
            }
        }
    }

    private static DateTime? Date(JsonObjectNode root, string key, List<(string Message, JsonSpan Span)> issues)
    {
        if (root.Find(key)?.Value is not { } value)
        {
            return null;
        }

        if (value is JsonStringNode text
            && DateTime.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        issues.Add(("\"" + key + "\" must be a date \"yyyy-MM-dd\", not " + (value is JsonStringNode shown ? EchoedText.Quote(shown.Value) : value.KindDescription) + ".", value.Span));
        return null;
    }

    private static bool IsTime(string text, bool allowMidnightEnd)
    {
        if (text.Length != 5 || text[2] != ':' || !char.IsDigit(text[0]) || !char.IsDigit(text[1]) || !char.IsDigit(text[3]) || !char.IsDigit(text[4]))
        {
            return false;
        }

        var hours = ((text[0] - '0') * 10) + (text[1] - '0');
        var minutes = ((text[3] - '0') * 10) + (text[4] - '0');
        return minutes < 60 && (hours < 24 || (allowMidnightEnd && hours == 24 && minutes == 0));
    }

    private static JsonSpan Brace(JsonNode node) => new(node.Span.Start, Math.Min(1, node.Span.Length), node.Span.Line, node.Span.Column);
}
