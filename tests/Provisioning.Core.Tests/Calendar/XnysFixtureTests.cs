using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Provisioning.Calendar;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// The XNYS calendar against Fixtures/calendars/xnys-sessions.csv (exchange_calendars' test resource, see NOTICE.md):
/// every session of 1990-01-02..2023-01-13 with its open and close, and no session the fixture does not list.
/// </summary>
public sealed class XnysFixtureTests
{
    private static readonly DateOnly FixtureFirst = new(1990, 1, 2);
    private static readonly DateOnly FixtureLast = new(2023, 1, 13);

    [Fact]
    public void Fixture_holds_the_documented_8324_sessions()
    {
        var rows = ReadFixture();

        Assert.Equal(8324, rows.Count);
        Assert.Equal(FixtureFirst, rows[0].Date);
        Assert.Equal(FixtureLast, rows[^1].Date);
    }

    [Fact]
    public void Every_fixture_session_is_reproduced_to_the_minute()
    {
        var calendar = ExchangeCalendars.Xnys;
        var mismatches = new List<string>();

        foreach (var row in ReadFixture())
        {
            if (!calendar.TryGetSession(row.Date, out var session))
            {
                mismatches.Add($"{row.Date:yyyy-MM-dd}: not a session");
                continue;
            }

            if (session.OpenUtc != row.OpenUtc || session.CloseUtc != row.CloseUtc)
            {
                mismatches.Add($"{row.Date:yyyy-MM-dd}: {session.OpenUtc:HH:mm}Z-{session.CloseUtc:HH:mm}Z, fixture {row.OpenUtc:HH:mm}Z-{row.CloseUtc:HH:mm}Z");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void No_session_exists_in_the_fixture_range_that_the_fixture_does_not_list()
    {
        var expected = new List<DateOnly>();
        foreach (var row in ReadFixture())
        {
            expected.Add(row.Date);
        }

        var actual = new List<DateOnly>();
        foreach (var session in ExchangeCalendars.Xnys.SessionsInRange(FixtureFirst, FixtureLast))
        {
            actual.Add(session.Date);
        }

        Assert.Equal(expected, actual);

        // The same through the per-date query, for every calendar day of the range.
        var listed = new HashSet<DateOnly>(expected);
        for (var date = FixtureFirst; date <= FixtureLast; date = date.AddDays(1))
        {
            Assert.True(listed.Contains(date) == ExchangeCalendars.Xnys.IsSession(date), $"{date:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void Early_close_flag_matches_the_fixture_close_in_New_York_time()
    {
        var newYork = ExchangeCalendars.Xnys.TimeZone;
        foreach (var row in ReadFixture())
        {
            var localClose = TimeZoneInfo.ConvertTimeFromUtc(row.CloseUtc, newYork);
            var fixtureSaysEarly = localClose.TimeOfDay < new TimeSpan(16, 0, 0);
            Assert.True(ExchangeCalendars.Xnys.TryGetSession(row.Date, out var session));
            Assert.True(fixtureSaysEarly == session.IsEarlyClose, $"{row.Date:yyyy-MM-dd}");
        }
    }

    private static List<FixtureRow> ReadFixture()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "calendars", "xnys-sessions.csv");
        var rows = new List<FixtureRow>();
        using var reader = new StreamReader(path);
        var header = reader.ReadLine();
        Assert.Equal(",open,close,break_start,break_end", header);

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            rows.Add(new FixtureRow(
                DateOnly.ParseExact(cells[0][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                ParseUtc(cells[1]),
                ParseUtc(cells[2])));
        }

        return rows;
    }

    private static DateTime ParseUtc(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private readonly record struct FixtureRow(DateOnly Date, DateTime OpenUtc, DateTime CloseUtc);
}
