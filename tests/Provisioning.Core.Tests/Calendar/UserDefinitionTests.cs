using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Provisioning.Calendar;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// An exchange that is not shipped, added from a definition file written here: the Australian Securities Exchange (XASX),
/// checked for all of 2024 against its published holidays and hours written out by hand below.
/// </summary>
public sealed class UserDefinitionTests : IDisposable
{
    private const string Xasx = """
        {
          "exchange": "XASX",
          "name": "Australian Securities Exchange (test definition)",
          "timeZone": "Australia/Sydney",
          "firstDate": "2020-01-01",
          "lastDate": "2030-12-31",
          "hours": [ { "open": "10:00", "close": "16:00" } ],
          "holidays": [
            { "name": "New Year's Day", "date": { "month": 1, "day": 1 }, "observance": "nextFreeWeekday" },
            { "name": "Australia Day", "date": { "month": 1, "day": 26 }, "observance": "nextWeekday" },
            { "name": "Good Friday", "date": { "easter": -2 } },
            { "name": "Easter Monday", "date": { "easter": 1 } },
            { "name": "Anzac Day", "date": { "month": 4, "day": 25 } },
            { "name": "King's Birthday", "date": { "month": 6, "weekday": "Monday", "nth": 2 } },
            { "name": "Christmas Day", "date": { "month": 12, "day": 25 }, "observance": "nextFreeWeekday" },
            { "name": "Boxing Day", "date": { "month": 12, "day": 26 }, "observance": "nextFreeWeekday" }
          ],
          "earlyCloses": [
            { "name": "Christmas Eve", "date": { "month": 12, "day": 24 }, "close": "14:10" },
            { "name": "New Year's Eve", "date": { "month": 12, "day": 31 }, "close": "14:10" }
          ]
        }
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "prv-calendar-" + Guid.NewGuid().ToString("N"));

    public UserDefinitionTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_registered_definition_file_gives_the_exchange_s_2024_sessions()
    {
        var path = Path.Combine(_directory, "xasx.json");
        File.WriteAllText(path, Xasx);

        var calendar = ExchangeCalendars.Register(path);

        Assert.Equal("XASX", calendar.Exchange);
        Assert.True(ExchangeCalendars.TryGet("xasx", out var found));
        Assert.Same(calendar, found);
        Assert.Contains("XASX", ExchangeCalendars.Known);

        var expected = Expected2024();
        var actual = calendar.SessionsInRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        Assert.Equal(254, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_definition_read_from_a_stream_is_not_registered_by_Load()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Xasx.Replace("\"XASX\"", "\"XASX-LOADED\"", StringComparison.Ordinal)));

        var calendar = ExchangeCalendars.Load(stream, "in-memory xasx");

        Assert.Equal("XASX-LOADED", calendar.Exchange);
        Assert.False(ExchangeCalendars.TryGet("XASX-LOADED", out _));
        Assert.False(calendar.IsSession(new DateOnly(2024, 4, 25)));
    }

    [Fact]
    public void A_config_value_naming_a_definition_file_loads_it_relative_to_the_config()
    {
        File.WriteAllText(Path.Combine(_directory, "asx.json"), Xasx.Replace("\"XASX\"", "\"XASX-CONFIG\"", StringComparison.Ordinal));

        Assert.True(ExchangeCalendars.TryResolve("asx.json", _directory, out var calendar, out var error), error);
        Assert.Equal("XASX-CONFIG", calendar.Exchange);
        Assert.True(ExchangeCalendars.TryResolve("XLON", _directory, out var london, out _));
        Assert.Equal("XLON", london.Exchange);

        Assert.False(ExchangeCalendars.TryResolve("missing.json", _directory, out _, out var missing));
        Assert.Contains("missing.json", missing, StringComparison.Ordinal);
        Assert.False(ExchangeCalendars.TryResolve("XNOPE", _directory, out _, out var unknown));
        Assert.Contains("\"XNOPE\"", unknown, StringComparison.Ordinal);
        Assert.Contains("XNYS, XLON, XTKS, CMES, 24/7, 24/5", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shipped_calendar_cannot_be_replaced()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Xasx.Replace("\"XASX\"", "\"xlon\"", StringComparison.Ordinal)));

        var error = Assert.Throws<CalendarDefinitionException>(() => ExchangeCalendars.Register(stream, "london.json"));

        Assert.Contains("london.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("shipped calendar", error.Message, StringComparison.Ordinal);
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(
            ExchangeCalendars.Get("XLON").NextSession(new DateOnly(2024, 1, 1)).OpenUtc, ExchangeCalendars.Get("XLON").TimeZone)));
    }

    // ASX 2024, from its published trading calendar: 262 weekdays less eight holidays; 14:10 closes on 24 and 31 December;
    // 10:00-16:00 Sydney time, which is UTC+11 (daylight saving) before 7 April and from 6 October, UTC+10 between.
    private static List<TradingSession> Expected2024()
    {
        var holidays = new HashSet<DateOnly>
        {
            new(2024, 1, 1), new(2024, 1, 26), new(2024, 3, 29), new(2024, 4, 1),
            new(2024, 4, 25), new(2024, 6, 10), new(2024, 12, 25), new(2024, 12, 26),
        };
        var earlyCloses = new HashSet<DateOnly> { new(2024, 12, 24), new(2024, 12, 31) };

        var sessions = new List<TradingSession>();
        for (var date = new DateOnly(2024, 1, 1); date.Year == 2024; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.Contains(date))
            {
                continue;
            }

            var utcOffsetHours = date < new DateOnly(2024, 4, 7) || date >= new DateOnly(2024, 10, 6) ? 11 : 10;
            var early = earlyCloses.Contains(date);
            var midnightUtc = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-utcOffsetHours);
            sessions.Add(new TradingSession(
                date,
                midnightUtc.AddHours(10),
                early ? midnightUtc.AddHours(14).AddMinutes(10) : midnightUtc.AddHours(16),
                early));
        }

        return sessions;
    }
}
