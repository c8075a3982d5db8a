using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// Reads a session fixture of Fixtures/calendars (exchange_calendars' test resources, see NOTICE.md there): one row a
/// session with its date, open, close and, where the exchange has one, its break, all UTC.
/// </summary>
internal static class CalendarFixture
{
    public static List<Row> Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "calendars", file);
        var rows = new List<Row>();
        using var reader = new StreamReader(path);
        Assert.Equal(",open,close,break_start,break_end", reader.ReadLine());
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            Assert.Equal(5, cells.Length);
            rows.Add(new Row(
                DateOnly.ParseExact(cells[0][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                ParseUtc(cells[1]),
                ParseUtc(cells[2]),
                cells[3].Length == 0 ? null : ParseUtc(cells[3]),
                cells[4].Length == 0 ? null : ParseUtc(cells[4])));
        }

        return rows;
    }

    private static DateTime ParseUtc(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    internal readonly record struct Row(DateOnly Date, DateTime OpenUtc, DateTime CloseUtc, DateTime? BreakStartUtc, DateTime? BreakEndUtc);
}
