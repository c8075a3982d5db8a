using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet.Schema;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data;
using Provisioning.Data.Quality;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using static Provisioning.Core.Tests.Data.Support.BarReading;

namespace Provisioning.Core.Tests.Data.Quality;

public sealed class HistoricalQualityAnalyzerTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private readonly TempDirectory _root = new();

    // 2024-01-05 (Friday) closes early at 18:00 UTC: 210 one-minute bars instead of 390.
    private readonly FixedUtcCalendar _calendar = new(earlyCloses: [new DateOnly(2024, 1, 5)]);

    public void Dispose() => _root.Dispose();

    private async Task WriteRowsAsync(string symbol, IReadOnlyList<Bar> rows)
    {
        var path = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }).FilePath(symbol, OneMinute, 2024);
        await ParquetNetFiles.WriteAsync(
            path,
            [new DateTimeDataField("timestamp", DateTimeFormat.Timestamp, true, DateTimeTimeUnit.Millis), new DataField<double>("open"),
                new DataField<double>("high"), new DataField<double>("low"), new DataField<double>("close"), new DataField<double>("volume")],
            [rows.Select(b => b.Start).ToArray(), rows.Select(b => b.Open).ToArray(), rows.Select(b => b.High).ToArray(),
                rows.Select(b => b.Low).ToArray(), rows.Select(b => b.Close).ToArray(), rows.Select(b => b.Volume).ToArray()]);
    }

    private List<Bar> RowsWithFlaws()
    {
        var rows = new List<Bar>();
        foreach (var bar in SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 4), new DateOnly(2024, 1, 5)))
        {
            var t = bar.Start;
            if (t.Day == 4 && ((t.Hour == 14 && t.Minute < 35) || (t.Hour == 20 && t.Minute == 59)))
            {
                continue;                                          // 6 bars missing on the 4th: 14:30-14:34 and 20:59
            }

            if (t == Utc(2024, 1, 5, 15, 0))
            {
                rows.Add(bar with { Open = double.NaN });          // a NaN row before the good one: dropped
            }

            rows.Add(bar);
            if (t == Utc(2024, 1, 5, 14, 30))
            {
                rows.Add(bar with { Start = t.AddSeconds(30) });   // in the session, off the minute grid
            }

            if (t == Utc(2024, 1, 5, 15, 1))
            {
                rows.Add(bar);                                     // a duplicate
            }
        }

        rows.Add(SyntheticBars.At(Utc(2024, 1, 5, 19, 0), 9999)); // after the 18:00 early close
        return rows;
    }

    [Fact]
    public async Task Expected_bars_come_from_the_calendar_and_flaws_are_counted_not_used()
    {
        await WriteRowsAsync("AAPL", RowsWithFlaws());
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });
        var analyzer = new HistoricalQualityAnalyzer(store, _calendar);

        var report = await analyzer.AnalyzeAsync("AAPL", OneMinute, Utc(2024, 1, 4), Utc(2024, 1, 6));

        // Expected 390 (Jan 4) + 210 (early close on Jan 5) = 600; present 384 + 210 = 594: 99%.
        Assert.Equal(600, report.ExpectedBars);
        Assert.Equal(594, report.PresentBars);
        Assert.Equal(99.0, report.QualityPercent, 1e-12);
        Assert.Equal(2, report.Sessions.Count);
        Assert.Equal(new SessionQuality(new DateOnly(2024, 1, 4), 390, 384, false), report.Sessions[0]);
        Assert.Equal(new SessionQuality(new DateOnly(2024, 1, 5), 210, 210, true), report.Sessions[1]);
        Assert.Equal(
            new[]
            {
                new BarGap(new DateOnly(2024, 1, 4), Utc(2024, 1, 4, 14, 30), Utc(2024, 1, 4, 14, 35), 5),
                new BarGap(new DateOnly(2024, 1, 4), Utc(2024, 1, 4, 20, 59), Utc(2024, 1, 4, 21, 0), 1),
            },
            report.Gaps);
        Assert.Equal(1, report.Read.Duplicates);
        Assert.Equal(1, report.Read.InvalidPrices);
        Assert.Equal(1, report.OffGrid);
        Assert.Equal(1, report.OutsideSession);
        Assert.Equal(4, report.UnusedRows);
        Assert.True(report.Problems.IsEmpty);
    }

    [Fact]
    public async Task With_a_calendar_in_the_store_the_outside_session_bar_is_counted_by_the_read()
    {
        await WriteRowsAsync("AAPL", RowsWithFlaws());
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, _calendar);

        var report = await new HistoricalQualityAnalyzer(store, _calendar).AnalyzeAsync("AAPL", OneMinute, Utc(2024, 1, 4), Utc(2024, 1, 6));

        Assert.Equal(594, report.PresentBars);
        Assert.Equal(1, report.Read.OutsideSession);
        Assert.Equal(0, report.OutsideSession);
        Assert.Equal(4, report.UnusedRows);
    }

    [Fact]
    public async Task A_range_that_starts_and_ends_mid_session_expects_only_the_bars_inside_it()
    {
        await WriteRowsAsync("AAPL", SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 4), new DateOnly(2024, 1, 4)));
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });

        var report = await new HistoricalQualityAnalyzer(store, _calendar).AnalyzeAsync("AAPL", OneMinute, Utc(2024, 1, 4, 15, 0), Utc(2024, 1, 4, 16, 0));

        Assert.Equal(60, report.ExpectedBars);
        Assert.Equal(60, report.PresentBars);
        Assert.Empty(report.Gaps);
    }

    [Fact]
    public async Task Thanksgiving_week_on_XNYS_expects_the_short_day_and_skips_the_holiday()
    {
        var xnys = ExchangeCalendars.Xnys;
        var bars = SyntheticBars.Minutes(xnys, new DateOnly(2024, 11, 25), new DateOnly(2024, 11, 29));

        // Drop the 10 bars from 12:00 to 12:09 New York (17:00-17:09 UTC) on the short day.
        var kept = bars.Where(b => !(b.Start >= Utc(2024, 11, 29, 17, 0) && b.Start < Utc(2024, 11, 29, 17, 10))).ToArray();
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, xnys);
        await new ParquetBarWriter(store).WriteAsync("SPY", OneMinute, kept);

        var report = await new HistoricalQualityAnalyzer(store, xnys).AnalyzeAsync("SPY", OneMinute, Utc(2024, 11, 25), Utc(2024, 11, 30));

        // Mon-Wed 390 bars each, Thursday 28th closed, Friday 29th 09:30-13:00 = 210 bars: 1,380 expected, 1,370 present.
        Assert.Equal(1380, bars.Length);
        Assert.Equal(1380, report.ExpectedBars);
        Assert.Equal(1370, report.PresentBars);
        Assert.Equal(100.0 * 1370 / 1380, report.QualityPercent, 1e-12);
        Assert.Equal(new[] { 25, 26, 27, 29 }, report.Sessions.Select(s => s.Date.Day));
        Assert.True(report.Sessions[3].IsEarlyClose);
        Assert.Equal(210, report.Sessions[3].ExpectedBars);
        var gap = Assert.Single(report.Gaps);
        Assert.Equal(new BarGap(new DateOnly(2024, 11, 29), Utc(2024, 11, 29, 17, 0), Utc(2024, 11, 29, 17, 10), 10), gap);
    }

    [Fact]
    public async Task Day_bars_are_counted_by_session_date()
    {
        var xnys = ExchangeCalendars.Xnys;
        var days = SyntheticBars.Days(xnys, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31));
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, xnys);
        await new ParquetBarWriter(store).WriteAsync("SPY", Interval.Days(1), days.Where(d => d.Start.Day != 10).ToArray());

        var report = await new HistoricalQualityAnalyzer(store, xnys).AnalyzeAsync("SPY", Interval.Days(1), Utc(2024, 1, 1), Utc(2024, 2, 1));

        // January 2024 on XNYS: 2-5, 8-12, 16-19 (15th is Martin Luther King Jr. Day), 22-26, 29-31 = 21 sessions.
        Assert.Equal(21, report.ExpectedBars);
        Assert.Equal(20, report.PresentBars);
        Assert.Equal(new DateOnly(2024, 1, 10), Assert.Single(report.Gaps).SessionDate);
    }

    [Fact]
    public async Task An_unreadable_file_gives_a_report_with_the_problem_not_an_exception()
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });
        var path = store.FilePath("AAPL", OneMinute, 2024);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [80, 65, 82, 49, 0, 0, 0, 0]);

        var reports = await new HistoricalQualityAnalyzer(store, _calendar).AnalyzeAsync(["AAPL"], OneMinute, Utc(2024, 1, 4), Utc(2024, 1, 6));

        var report = Assert.Single(reports);
        Assert.Equal(0, report.QualityPercent);
        Assert.Equal(600, report.ExpectedBars);
        Assert.Equal(path, Assert.Single(report.Problems).Path);
        Assert.Contains(path, report.ToString(), StringComparison.Ordinal);
    }
}
