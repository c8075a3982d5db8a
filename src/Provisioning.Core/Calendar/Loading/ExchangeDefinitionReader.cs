using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Provisioning.Calendar.Definitions;
using Provisioning.Json;
using Provisioning.Text;

namespace Provisioning.Calendar.Loading;

/// <summary>
/// Reads an exchange definition from its JSON form (docs/calendars.md). Strict: an unknown property, a missing required
/// one or a value of the wrong form is an error naming the file, the line, the JSON path and what to write instead.
/// Read with the positioned parser the session config uses (src/Shared/Json), so every node knows its line.
/// </summary>
internal sealed class ExchangeDefinitionReader
{
    /// <summary>The largest definition file read, so a wrong path (a data file) fails fast instead of filling memory.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly string[] TopProperties =
    [
        "exchange", "name", "notes", "timeZone", "firstDate", "lastDate", "tradingDays", "hours", "holidays",
        "closeDaysBetweenHolidays", "earlyCloses", "closures", "specialOpens", "specialCloses",
    ];

    private static readonly Dictionary<string, WeekendObservance> Observances = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = WeekendObservance.None,
        ["nearestWeekday"] = WeekendObservance.SaturdayToFridaySundayToMonday,
        ["sundayToMonday"] = WeekendObservance.SundayToMondayOnly,
        ["previousWeekday"] = WeekendObservance.PreviousWeekday,
        ["nextWeekday"] = WeekendObservance.NextWeekday,
        ["nextFreeWeekday"] = WeekendObservance.NextFreeWeekday,
        ["sundayToNextFreeWeekday"] = WeekendObservance.SundayToNextFreeWeekday,
    };

    private readonly string _source;
    private JsonNode? _root;

    private ExchangeDefinitionReader(string source)
    {
        _source = source;
    }

    /// <summary>Reads the definition in <paramref name="json"/>; <paramref name="source"/> names it in errors (a file path).</summary>
    /// <exception cref="CalendarDefinitionException">The text is not a valid definition.</exception>
    public static ExchangeDefinition Read(byte[] json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new ExchangeDefinitionReader(source);
        var text = Encoding.UTF8.GetString(json);
        var parsed = JsonDocumentParser.Parse(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        if (parsed.Error is { } error)
        {
            throw new CalendarDefinitionException(
                $"{reader.Where(error.Span.Line, null)}: the file is not valid JSON ({EchoedText.OneLine(error.Message)}).", source, null, error.Span.Line);
        }

        return reader.Definition(parsed.Root!);
    }

    private ExchangeDefinition Definition(JsonNode root)
    {
        _root = root;
        RequireObject(root, "$", TopProperties);
        var exchange = RequiredString(root, "$", "exchange");
        if (exchange.Length > 32 || !exchange.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.'))
        {
            throw Fail("$.exchange", $"{EchoedText.Quote(exchange)} is not an exchange name; use its MIC, such as \"XASX\" (at most 32 letters, digits and / - _ .)");
        }

        var timeZone = RequiredString(root, "$", "timeZone");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            throw Fail("$.timeZone", $"{EchoedText.Quote(timeZone)} is not a time zone known to this system; use an IANA id such as \"Europe/London\" or \"UTC\"");
        }

        var first = Date(Required(root, "$", "firstDate"), "$.firstDate");
        var last = Date(Required(root, "$", "lastDate"), "$.lastDate");
        if (first > last)
        {
            throw Fail("$.lastDate", $"the last date {last:yyyy-MM-dd} is before the first date {first:yyyy-MM-dd}");
        }

        if (last.DayNumber - first.DayNumber > 366 * 200)
        {
            throw Fail("$.lastDate", "a definition covers at most 200 years");
        }

        var hours = Hours(Required(root, "$", "hours"), "$.hours");
        var definition = new ExchangeDefinition(
            exchange,
            timeZone,
            hours[0].Open.Time,
            hours[0].Close.Time,
            first,
            last,
            Items(root, "holidays", Holiday),
            Items(root, "earlyCloses", EarlyClose),
            Items(root, "closures", Closure),
            Items(root, "specialCloses", SpecialClose))
        {
            Name = TryGet(root, "name", out var name) ? String(name, "$.name") : null,
            TradingDays = TryGet(root, "tradingDays", out var days) ? Weekdays(days, "$.tradingDays") : ExchangeDefinition.Weekdays,
            Hours = hours,
            OneOffOpens = Items(root, "specialOpens", SpecialOpen),
            CloseDaysBetweenHolidays = TryGet(root, "closeDaysBetweenHolidays", out var bridge) && Bool(bridge, "$.closeDaysBetweenHolidays"),
        };

        if (TryGet(root, "notes", out var notes) && notes is not (JsonStringNode or JsonArrayNode))
        {
            throw Fail("$.notes", "notes are a string or an array of strings");
        }

        return definition;
    }

    private List<SessionHours> Hours(JsonNode element, string path)
    {
        var list = new List<SessionHours>();
        foreach (var (item, itemPath) in Array(element, path))
        {
            RequireObject(item, itemPath, ["from", "open", "openOnPreviousDay", "close", "breakStart", "breakEnd"]);
            DateOnly? from = TryGet(item, "from", out var fromElement) ? Date(fromElement, itemPath + ".from") : null;
            if ((list.Count == 0) != (from is null))
            {
                throw Fail(itemPath, list.Count == 0
                    ? "the first hours period applies from the first date: leave out \"from\""
                    : "every hours period after the first needs \"from\": the first session date it applies to");
            }

            if (from is { } start && list[^1].From is { } previous && start <= previous)
            {
                throw Fail(itemPath + ".from", "hours periods must be listed in date order");
            }

            var openTime = Time(Required(item, itemPath, "open"), itemPath + ".open", allowMidnightEnd: false);
            var openDay = TryGet(item, "openOnPreviousDay", out var previousDay) && Bool(previousDay, itemPath + ".openOnPreviousDay") ? -1 : 0;
            var hours = new SessionHours(
                from,
                new SessionTime(openDay + openTime.DayOffset, openTime.Time),
                Time(Required(item, itemPath, "close"), itemPath + ".close", allowMidnightEnd: true),
                TryGet(item, "breakStart", out var breakStart) ? Time(breakStart, itemPath + ".breakStart", allowMidnightEnd: false) : null,
                TryGet(item, "breakEnd", out var breakEnd) ? Time(breakEnd, itemPath + ".breakEnd", allowMidnightEnd: false) : null);
            if (hours.Problem() is { } problem)
            {
                throw Fail(itemPath, problem);
            }

            list.Add(hours);
        }

        if (list.Count == 0)
        {
            throw Fail(path, "give at least one hours period, such as { \"open\": \"09:30\", \"close\": \"16:00\" }");
        }

        return list;
    }

    private HolidayRule Holiday(JsonNode item, string path)
    {
        RequireObject(item, path, ["name", "date", "observance", "firstYear", "lastYear", "exceptYears"]);
        var (first, last) = Years(item, path);
        return new HolidayRule(RequiredString(item, path, "name"), DateRule(Required(item, path, "date"), path + ".date"), Observance(item, path), first, last)
        {
            ExceptYears = TryGet(item, "exceptYears", out var except)
                ? Array(except, path + ".exceptYears").Select(e => Int(e.Item, e.Path, 1, 9999)).ToArray()
                : [],
        };
    }

    private EarlyCloseRule EarlyClose(JsonNode item, string path)
    {
        RequireObject(item, path, ["name", "date", "close", "onlyOn", "observance", "firstYear", "lastYear"]);
        var (first, last) = Years(item, path);
        return new EarlyCloseRule(
            RequiredString(item, path, "name"),
            DateRule(Required(item, path, "date"), path + ".date"),
            TimeOfDay(Required(item, path, "close"), path + ".close"),
            TryGet(item, "onlyOn", out var onlyOn) ? Weekdays(onlyOn, path + ".onlyOn") : null,
            first,
            last)
        {
            Observance = Observance(item, path),
        };
    }

    private OneOffClosure Closure(JsonNode item, string path)
    {
        RequireObject(item, path, ["date", "reason"]);
        return new OneOffClosure(Date(Required(item, path, "date"), path + ".date"), RequiredString(item, path, "reason"));
    }

    private OneOffEarlyClose SpecialClose(JsonNode item, string path)
    {
        RequireObject(item, path, ["date", "close", "reason"]);
        return new OneOffEarlyClose(
            Date(Required(item, path, "date"), path + ".date"),
            TimeOfDay(Required(item, path, "close"), path + ".close"),
            RequiredString(item, path, "reason"));
    }

    private OneOffOpen SpecialOpen(JsonNode item, string path)
    {
        RequireObject(item, path, ["date", "open", "openOnPreviousDay", "reason"]);
        var time = TimeOfDay(Required(item, path, "open"), path + ".open");
        var day = TryGet(item, "openOnPreviousDay", out var previous) && Bool(previous, path + ".openOnPreviousDay") ? -1 : 0;
        return new OneOffOpen(Date(Required(item, path, "date"), path + ".date"), new SessionTime(day, time), RequiredString(item, path, "reason"));
    }

    private DateRule DateRule(JsonNode element, string path)
    {
        RequireObject(element, path, ["month", "day", "weekday", "nth", "easter", "equinox", "plusDays"]);
        DateRule rule;
        if (TryGet(element, "easter", out var easter))
        {
            Only(element, path, "easter");
            rule = Definitions.DateRule.Easter(Int(easter, path + ".easter", -100, 100));
        }
        else if (TryGet(element, "equinox", out var equinox))
        {
            Only(element, path, "equinox");
            var month = String(equinox, path + ".equinox").ToUpperInvariant() switch
            {
                "MARCH" => 3,
                "SEPTEMBER" => 9,
                _ => throw Fail(path + ".equinox", "write \"march\" or \"september\""),
            };
            rule = Definitions.DateRule.Equinox(month);
        }
        else if (TryGet(element, "weekday", out var weekday))
        {
            Only(element, path, "month", "weekday", "nth");
            var month = Int(Required(element, path, "month"), path + ".month", 1, 12);
            var day = Weekday(weekday, path + ".weekday");
            var nth = Required(element, path, "nth");
            rule = nth is JsonStringNode { Value: var nthText } && string.Equals(nthText, "last", StringComparison.OrdinalIgnoreCase)
                ? Definitions.DateRule.LastWeekday(month, day)
                : Definitions.DateRule.NthWeekday(month, day, Int(nth, path + ".nth", 1, 4, "1..4 or \"last\""));
        }
        else if (TryGet(element, "day", out var dayOfMonth))
        {
            Only(element, path, "month", "day");
            var month = Int(Required(element, path, "month"), path + ".month", 1, 12);
            var day = Int(dayOfMonth, path + ".day", 1, 31);
            if (day > DateTime.DaysInMonth(2001, month))
            {
                throw Fail(path + ".day", $"{month}-{day} is not a day of every year");
            }

            rule = Definitions.DateRule.Fixed(month, day);
        }
        else
        {
            throw Fail(path, "a date rule is { \"month\", \"day\" }, { \"month\", \"weekday\", \"nth\" }, { \"easter\": offset } or { \"equinox\": \"march\" | \"september\" }");
        }

        return TryGet(element, "plusDays", out var plus) ? rule.Plus(Int(plus, path + ".plusDays", -100, 100)) : rule;
    }

    // Fails when a date rule mixes forms, such as "easter" with "month".
    private void Only(JsonNode element, string path, params string[] allowed)
    {
        foreach (var property in ((JsonObjectNode)element).Properties)
        {
            if (property.Name != "plusDays" && System.Array.IndexOf(allowed, property.Name) < 0)
            {
                throw Fail($"{path}.{property.Name}", $"\"{property.Name}\" does not go with \"{allowed[^1]}\" in one date rule; write one form of date rule");
            }
        }
    }

    private WeekendObservance Observance(JsonNode item, string path)
    {
        if (!TryGet(item, "observance", out var element))
        {
            return WeekendObservance.None;
        }

        var text = String(element, path + ".observance");
        return Observances.TryGetValue(text, out var observance)
            ? observance
            : throw Fail(path + ".observance", $"{EchoedText.Quote(text)} is not an observance; write one of {string.Join(", ", Observances.Keys)}");
    }

    private (int? First, int? Last) Years(JsonNode item, string path)
    {
        int? first = TryGet(item, "firstYear", out var f) ? Int(f, path + ".firstYear", 1, 9999) : null;
        int? last = TryGet(item, "lastYear", out var l) ? Int(l, path + ".lastYear", 1, 9999) : null;
        if (first > last)
        {
            throw Fail(path + ".lastYear", "lastYear is before firstYear");
        }

        return (first, last);
    }

    private List<T> Items<T>(JsonNode root, string property, Func<JsonNode, string, T> read)
    {
        var list = new List<T>();
        if (TryGet(root, property, out var element))
        {
            foreach (var (item, path) in Array(element, "$." + property))
            {
                list.Add(read(item, path));
            }
        }

        return list;
    }

    private IEnumerable<(JsonNode Item, string Path)> Array(JsonNode element, string path)
    {
        if (element is not JsonArrayNode array)
        {
            throw Fail(path, "write an array: [ ... ]");
        }

        var index = 0;
        foreach (var item in array.Items)
        {
            yield return (item, $"{path}[{index++}]");
        }
    }

    private void RequireObject(JsonNode element, string path, string[] known)
    {
        if (element is not JsonObjectNode node)
        {
            throw Fail(path, "write an object: { ... }");
        }

        foreach (var property in node.Properties)
        {
            if (System.Array.IndexOf(known, property.Name) < 0)
            {
                throw Fail($"{path}.{property.Name}", $"{EchoedText.Quote(property.Name)} is not a property here; the properties are {string.Join(", ", known)}");
            }
        }
    }

    private JsonNode Required(JsonNode element, string path, string property) =>
        TryGet(element, property, out var value) ? value : throw Fail(path, $"\"{property}\" is missing");

    // The value of the first property named exactly `property` of an object; false for any other node.
    private static bool TryGet(JsonNode element, string property, out JsonNode value)
    {
        value = (element as JsonObjectNode)?.Find(property)?.Value!;
        return value is not null;
    }

    // A value as written, for a message: a number's text, a string in quotes, else its kind.
    private static string Raw(JsonNode element) => element switch
    {
        JsonNumberNode number => number.Text,
        JsonStringNode text => "\"" + text.Value + "\"",
        _ => element.KindDescription,
    };

    private string RequiredString(JsonNode element, string path, string property) =>
        String(Required(element, path, property), $"{path}.{property}");

    private string String(JsonNode element, string path)
    {
        var text = (element as JsonStringNode)?.Value;
        return string.IsNullOrWhiteSpace(text) ? throw Fail(path, "write a non-empty string") : text.Trim();
    }

    private bool Bool(JsonNode element, string path) =>
        element is JsonBooleanNode flag ? flag.Value : throw Fail(path, "write true or false");

    private int Int(JsonNode element, string path, int min, int max, string? expected = null) =>
        element is JsonNumberNode { IsInt32: true } number && number.Value >= min && number.Value <= max
            ? (int)number.Value
            : throw Fail(path, $"{EchoedText.Quote(Raw(element))} is not {expected ?? $"a whole number {min}..{max}"}");

    private DateOnly Date(JsonNode element, string path)
    {
        var text = (element as JsonStringNode)?.Value;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Fail(path, $"{EchoedText.Quote(text ?? Raw(element))} is not a date; write yyyy-MM-dd, such as \"2026-12-24\"");
    }

    private TimeOnly TimeOfDay(JsonNode element, string path) => Time(element, path, allowMidnightEnd: false).Time;

    private SessionTime Time(JsonNode element, string path, bool allowMidnightEnd)
    {
        var text = (element as JsonStringNode)?.Value;
        if (allowMidnightEnd && text == "24:00")
        {
            return new SessionTime(1, TimeOnly.MinValue);
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? SessionTime.OnDate(time)
            : throw Fail(path, $"{EchoedText.Quote(text ?? Raw(element))} is not a time; write HH:mm in the exchange's time zone, such as \"09:30\"{(allowMidnightEnd ? " (or \"24:00\" for midnight at the end of the day)" : string.Empty)}");
    }

    private List<DayOfWeek> Weekdays(JsonNode element, string path)
    {
        var days = new List<DayOfWeek>();
        foreach (var (item, itemPath) in Array(element, path))
        {
            var day = Weekday(item, itemPath);
            if (days.Contains(day))
            {
                throw Fail(itemPath, $"{day} is listed twice");
            }

            days.Add(day);
        }

        return days.Count > 0 ? days : throw Fail(path, "list at least one day, such as \"Monday\"");
    }

    private DayOfWeek Weekday(JsonNode element, string path)
    {
        var text = (element as JsonStringNode)?.Value.Trim();
        if (text is { Length: >= 3 })
        {
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                var name = day.ToString();
                if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase) || string.Equals(text, name[..3], StringComparison.OrdinalIgnoreCase))
                {
                    return day;
                }
            }
        }

        throw Fail(path, $"{EchoedText.Quote(text ?? Raw(element))} is not a day of the week; write Monday..Sunday (or Mon..Sun)");
    }

    private CalendarDefinitionException Fail(string path, string what)
    {
        var line = JsonPathLine.Of(_root, path);
        return new CalendarDefinitionException($"{Where(line, path)}: {what}.", _source, path, line);
    }

    private string Where(int? line, string? path) =>
        $"{EchoedText.OneLine(_source)}{(line is { } l ? $"({l})" : string.Empty)}{(path is null ? string.Empty : $" at {path}")}";
}
