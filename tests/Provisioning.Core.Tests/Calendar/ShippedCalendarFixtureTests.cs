using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Calendar;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// Each shipped calendar against its exchange_calendars fixture (Fixtures/calendars, see NOTICE.md): every session of the
/// fixture's range with its open, close, break start and break end, and no session the fixture does not list.
/// The calendars hold rules (and genuine one-off closures), not these rows.
/// </summary>
public sealed class ShippedCalendarFixtureTests
{
    [Theory]
    [InlineData("XNYS", "xnys-sessions.csv", 8324, "1990-01-02", "2023-01-13")]
    [InlineData("XLON", "xlon-sessions.csv", 6572, "1990-01-02", "2015-12-31")]
    [InlineData("XTKS", "xtks-sessions.csv", 3928, "2000-01-04", "2015-12-30")]
    [InlineData("CMES", "cmes-sessions.csv", 6707, "1990-01-02", "2015-12-31")]
    [InlineData("24/7", "24-7-sessions.csv", 366, "2016-01-01", "2016-12-31")]
    [InlineData("24/5", "24-5-sessions.csv", 261, "2018-01-01", "2018-12-31")]
    public void Every_session_of_the_fixture_is_reproduced_exactly(string exchange, string file, int rowCount, string first, string last)
    {
        var rows = CalendarFixture.Read(file);
        Assert.Equal(rowCount, rows.Count);
        Assert.Equal(DateOnly.Parse(first), rows[0].Date);
        Assert.Equal(DateOnly.Parse(last), rows[^1].Date);

        var calendar = ExchangeCalendars.Get(exchange);
        var mismatches = new List<string>();
        foreach (var row in rows)
        {
            if (!calendar.TryGetSession(row.Date, out var session))
            {
                mismatches.Add($"{row.Date:yyyy-MM-dd}: not a session");
                continue;
            }

            if (session.OpenUtc != row.OpenUtc || session.CloseUtc != row.CloseUtc
                || session.BreakStartUtc != row.BreakStartUtc || session.BreakEndUtc != row.BreakEndUtc)
            {
                mismatches.Add($"{row.Date:yyyy-MM-dd}: {Text(session.OpenUtc, session.CloseUtc, session.BreakStartUtc, session.BreakEndUtc)}, "
                    + $"fixture {Text(row.OpenUtc, row.CloseUtc, row.BreakStartUtc, row.BreakEndUtc)}");
            }
        }

        var listed = rows.Select(r => r.Date).ToHashSet();
        foreach (var session in calendar.SessionsInRange(rows[0].Date, rows[^1].Date))
        {
            if (!listed.Contains(session.Date))
            {
                mismatches.Add($"{session.Date:yyyy-MM-dd}: a session the fixture does not list");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("XNYS")]
    [InlineData("XLON")]
    [InlineData("XTKS")]
    [InlineData("CMES")]
    [InlineData("24/7")]
    [InlineData("24/5")]
    public void Every_shipped_calendar_is_known_by_name_in_any_case(string exchange)
    {
        Assert.True(ExchangeCalendars.TryGet(exchange.ToLowerInvariant(), out var calendar));
        Assert.Equal(exchange, calendar.Exchange);
        Assert.Contains(exchange, ExchangeCalendars.Known);
    }

    private static string Text(DateTime open, DateTime close, DateTime? breakStart, DateTime? breakEnd) =>
        $"{open:yyyy-MM-dd HH:mm}Z-{close:yyyy-MM-dd HH:mm}Z" + (breakStart is null ? string.Empty : $" break {breakStart:HH:mm}Z-{breakEnd:HH:mm}Z");
}
