using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Provisioning.Calendar.Definitions;
using Provisioning.Text;

namespace Provisioning.Calendar.Loading;

/// <summary>
/// Reads an exchange definition from its JSON form (docs/calendars.md). Strict: an unknown property, a missing required
/// one or a value of the wrong form is an error naming the file, the line, the JSON path and what to write instead.
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

    private readonly byte[] _json;
    private readonly string _source;

    private ExchangeDefinitionReader(byte[] json, string source)
    {
        _json = json;
        _source = source;
    }

    /// <summary>Reads the definition in <paramref name="json"/>; <paramref name="source"/> names it in errors (a file path).</summary>
    /// <exception cref="CalendarDefinitionException">The text is not a valid definition.</exception>
    public static ExchangeDefinition Read(byte[] json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new ExchangeDefinitionReader(json, source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            throw new CalendarDefinitionException(
                $"{reader.Where(line, e.Path)}: the file is not valid JSON ({EchoedText.OneLine(e.Message)}).", source, e.Path, line, e);
        }

        using (document)
        {
            return reader.Definition(document.RootElement);
        }
    }

    private ExchangeDefinition Definition(JsonElement root)
    {
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
            Name = root.TryGetProperty("name", out var name) ? String(name, "$.name") : null,
            TradingDays = root.TryGetProperty("tradingDays", out var days) ? Weekdays(days, "$.tradingDays") : ExchangeDefinition.Weekdays,
            Hours = hours,
            OneOffOpens = Items(root, "specialOpens", SpecialOpen),
            CloseDaysBetweenHolidays = root.TryGetProperty("closeDaysBetweenHolidays", out var bridge) && Bool(bridge, "$.closeDaysBetweenHolidays"),
        };

        if (root.TryGetProperty("notes", out var notes) && notes.ValueKind is not (JsonValueKind.String or JsonValueKind.Array))
        {
            throw Fail("$.notes", "notes are a string or an array of strings");
        }

        return definition;
    }

    private List<SessionHours> Hours(JsonElement element, string path)
    {
        var list = new List<SessionHours>();
        foreach (var (item, itemPath) in Array(element, path))
        {
            RequireObject(item, itemPath, ["from", "open", "openOnPreviousDay", "close", "breakStart", "breakEnd"]);
            DateOnly? from = item.TryGetProperty("from", out var fromElement) ? Date(fromElement, itemPath + ".from") : null;
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
            var openDay = item.TryGetProperty("openOnPreviousDay", out var previousDay) && Bool(previousDay, itemPath + ".openOnPreviousDay") ? -1 : 0;
            var hours = new SessionHours(
                from,
                new SessionTime(openDay + openTime.DayOffset, openTime.Time),
                Time(Required(item, itemPath, "close"), itemPath + ".close", allowMidnightEnd: true),
                item.TryGetProperty("breakStart", out var breakStart) ? Time(breakStart, itemPath + ".breakStart", allowMidnightEnd: false) : null,
                item.TryGetProperty("breakEnd", out var breakEnd) ? Time(breakEnd, itemPath + ".breakEnd", allowMidnightEnd: false) : null);
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

    private HolidayRule Holiday(JsonElement item, string path)
    {
        RequireObject(item, path, ["name", "date", "observance", "firstYear", "lastYear", "exceptYears"]);
        var (first, last) = Years(item, path);
        return new HolidayRule(RequiredString(item, path, "name"), DateRule(Required(item, path, "date"), path + ".date"), Observance(item, path), first, last)
        {
            ExceptYears = item.TryGetProperty("exceptYears", out var except)
                ? Array(except, path + ".exceptYears").Select(e => Int(e.Item, e.Path, 1, 9999)).ToArray()
                : [],
        };
    }

    private EarlyCloseRule EarlyClose(JsonElement item, string path)
    {
        RequireObject(item, path, ["name", "date", "close", "onlyOn", "observance", "firstYear", "lastYear"]);
        var (first, last) = Years(item, path);
        return new EarlyCloseRule(
            RequiredString(item, path, "name"),
            DateRule(Required(item, path, "date"), path + ".date"),
            TimeOfDay(Required(item, path, "close"), path + ".close"),
            item.TryGetProperty("onlyOn", out var onlyOn) ? Weekdays(onlyOn, path + ".onlyOn") : null,
            first,
            last)
        {
            Observance = Observance(item, path),
        };
    }

    private OneOffClosure Closure(JsonElement item, string path)
    {
        RequireObject(item, path, ["date", "reason"]);
        return new OneOffClosure(Date(Required(item, path, "date"), path + ".date"), RequiredString(item, path, "reason"));
    }

    private OneOffEarlyClose SpecialClose(JsonElement item, string path)
    {
        RequireObject(item, path, ["date", "close", "reason"]);
        return new OneOffEarlyClose(
            Date(Required(item, path, "date"), path + ".date"),
            TimeOfDay(Required(item, path, "close"), path + ".close"),
            RequiredString(item, path, "reason"));
    }

    private OneOffOpen SpecialOpen(JsonElement item, string path)
    {
        RequireObject(item, path, ["date", "open", "openOnPreviousDay", "reason"]);
        var time = TimeOfDay(Required(item, path, "open"), path + ".open");
        var day = item.TryGetProperty("openOnPreviousDay", out var previous) && Bool(previous, path + ".openOnPreviousDay") ? -1 : 0;
        return new OneOffOpen(Date(Required(item, path, "date"), path + ".date"), new SessionTime(day, time), RequiredString(item, path, "reason"));
    }

    private DateRule DateRule(JsonElement element, string path)
    {
        RequireObject(element, path, ["month", "day", "weekday", "nth", "easter", "equinox", "plusDays"]);
        DateRule rule;
        if (element.TryGetProperty("easter", out var easter))
        {
            Only(element, path, "easter");
            rule = Definitions.DateRule.Easter(Int(easter, path + ".easter", -100, 100));
        }
        else if (element.TryGetProperty("equinox", out var equinox))
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
        else if (element.TryGetProperty("weekday", out var weekday))
        {
            Only(element, path, "month", "weekday", "nth");
            var month = Int(Required(element, path, "month"), path + ".month", 1, 12);
            var day = Weekday(weekday, path + ".weekday");
            var nth = Required(element, path, "nth");
            rule = nth.ValueKind == JsonValueKind.String && string.Equals(nth.GetString(), "last", StringComparison.OrdinalIgnoreCase)
                ? Definitions.DateRule.LastWeekday(month, day)
                : Definitions.DateRule.NthWeekday(month, day, Int(nth, path + ".nth", 1, 4, "1..4 or \"last\""));
        }
        else if (element.TryGetProperty("day", out var dayOfMonth))
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

        return element.TryGetProperty("plusDays", out var plus) ? rule.Plus(Int(plus, path + ".plusDays", -100, 100)) : rule;
    }

    // Fails when a date rule mixes forms, such as "easter" with "month".
    private void Only(JsonElement element, string path, params string[] allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name != "plusDays" && System.Array.IndexOf(allowed, property.Name) < 0)
            {
                throw Fail($"{path}.{property.Name}", $"\"{property.Name}\" does not go with \"{allowed[^1]}\" in one date rule; write one form of date rule");
            }
        }
    }

    private WeekendObservance Observance(JsonElement item, string path)
    {
        if (!item.TryGetProperty("observance", out var element))
        {
            return WeekendObservance.None;
        }

        var text = String(element, path + ".observance");
        return Observances.TryGetValue(text, out var observance)
            ? observance
            : throw Fail(path + ".observance", $"{EchoedText.Quote(text)} is not an observance; write one of {string.Join(", ", Observances.Keys)}");
    }

    private (int? First, int? Last) Years(JsonElement item, string path)
    {
        int? first = item.TryGetProperty("firstYear", out var f) ? Int(f, path + ".firstYear", 1, 9999) : null;
        int? last = item.TryGetProperty("lastYear", out var l) ? Int(l, path + ".lastYear", 1, 9999) : null;
        if (first > last)
        {
            throw Fail(path + ".lastYear", "lastYear is before firstYear");
        }

        return (first, last);
    }

    private List<T> Items<T>(JsonElement root, string property, Func<JsonElement, string, T> read)
    {
        var list = new List<T>();
        if (root.TryGetProperty(property, out var element))
        {
            foreach (var (item, path) in Array(element, "$." + property))
            {
                list.Add(read(item, path));
            }
        }

        return list;
    }

    private IEnumerable<(JsonElement Item, string Path)> Array(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Fail(path, "write an array: [ ... ]");
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            yield return (item, $"{path}[{index++}]");
        }
    }

    private void RequireObject(JsonElement element, string path, string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(path, "write an object: { ... }");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (System.Array.IndexOf(known, property.Name) < 0)
            {
                throw Fail($"{path}.{property.Name}", $"{EchoedText.Quote(property.Name)} is not a property here; the properties are {string.Join(", ", known)}");
            }
        }
    }

    private JsonElement Required(JsonElement element, string path, string property) =>
        element.TryGetProperty(property, out var value) ? value : throw Fail(path, $"\"{property}\" is missing");

    private string RequiredString(JsonElement element, string path, string property) =>
        String(Required(element, path, property), $"{path}.{property}");

    private string String(JsonElement element, string path)
    {
        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return string.IsNullOrWhiteSpace(text) ? throw Fail(path, "write a non-empty string") : text.Trim();
    }

    private bool Bool(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Fail(path, "write true or false"),
    };

    private int Int(JsonElement element, string path, int min, int max, string? expected = null) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) && value >= min && value <= max
            ? value
            : throw Fail(path, $"{EchoedText.Quote(element.GetRawText())} is not {expected ?? $"a whole number {min}..{max}"}");

    private DateOnly Date(JsonElement element, string path)
    {
        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Fail(path, $"{EchoedText.Quote(text ?? element.GetRawText())} is not a date; write yyyy-MM-dd, such as \"2026-12-24\"");
    }

    private TimeOnly TimeOfDay(JsonElement element, string path) => Time(element, path, allowMidnightEnd: false).Time;

    private SessionTime Time(JsonElement element, string path, bool allowMidnightEnd)
    {
        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        if (allowMidnightEnd && text == "24:00")
        {
            return new SessionTime(1, TimeOnly.MinValue);
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? SessionTime.OnDate(time)
            : throw Fail(path, $"{EchoedText.Quote(text ?? element.GetRawText())} is not a time; write HH:mm in the exchange's time zone, such as \"09:30\"{(allowMidnightEnd ? " (or \"24:00\" for midnight at the end of the day)" : string.Empty)}");
    }

    private List<DayOfWeek> Weekdays(JsonElement element, string path)
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

    private DayOfWeek Weekday(JsonElement element, string path)
    {
        var text = element.ValueKind == JsonValueKind.String ? element.GetString()?.Trim() : null;
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

        throw Fail(path, $"{EchoedText.Quote(text ?? element.GetRawText())} is not a day of the week; write Monday..Sunday (or Mon..Sun)");
    }

    private CalendarDefinitionException Fail(string path, string what)
    {
        var line = JsonLineLocator.LineOf(_json, path);
        return new CalendarDefinitionException($"{Where(line, path)}: {what}.", _source, path, line);
    }

    private string Where(int? line, string? path) =>
        $"{EchoedText.OneLine(_source)}{(line is { } l ? $"({l})" : string.Empty)}{(path is null ? string.Empty : $" at {path}")}";
}
