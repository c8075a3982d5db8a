using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using static Provisioning.Core.Tests.Data.Support.BarReading;

namespace Provisioning.Core.Tests.Data;

public sealed class ParquetBarStoreReadTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private readonly TempDirectory _root = new();
    private readonly FixedUtcCalendar _calendar = new(holidays: [new DateOnly(2023, 12, 25), new DateOnly(2024, 1, 1)]);

    public void Dispose() => _root.Dispose();

    private ParquetBarStore NewStore() => new(new ParquetBarStoreOptions { RootDirectory = _root.Path });

    /// <summary>Writes AAPL's one-minute bars of the sessions from <paramref name="from"/> to <paramref name="to"/>, a row group per day.</summary>
    private async Task<Bar[]> WriteDailyRowGroupsAsync(ParquetBarStore store, DateOnly from, DateOnly to)
    {
        var bars = SyntheticBars.Minutes(_calendar, from, to);
        await new ParquetBarWriter(store, new ParquetBarWriterOptions { RowGroupPeriod = BarRowGroupPeriod.Day }).WriteAsync("AAPL", OneMinute, bars);
        return bars;
    }

    [Fact]
    public async Task A_ten_day_warm_up_reads_one_monthly_row_group_of_a_year_file()
    {
        var store = NewStore();
        var year = SyntheticBars.Minutes(_calendar, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 22));
        await new ParquetBarWriter(store).WriteAsync("AAPL", OneMinute, year);

        var statistics = new BarReadStatistics();
        var bars = await store.ReadAllAsync("AAPL", OneMinute, Utc(2023, 3, 6), Utc(2023, 3, 18), statistics);

        // 2023-03-06 (Mon) to 2023-03-17 (Fri): 10 sessions x 390 minutes, all in the March row group.
        var counts = statistics.Snapshot();
        Assert.Equal(3900, bars.Count);
        Assert.Equal(1, counts.FilesOpened);
        Assert.Equal(1, counts.RowGroupsRead);
        Assert.Equal(11, counts.RowGroupsSkipped);
        Assert.Equal(3900, counts.BarsReturned);

        // Sessions before 2023-03-06: 22 in January, 20 in February, 3 in March = 45, so the first bar has index
        // 45 x 390 = 17,550: open 100 + 175.5.
        Assert.Equal(Utc(2023, 3, 6, 14, 30), bars[0].Start);
        Assert.Equal(275.5, bars[0].Open);
        Assert.Equal(Utc(2023, 3, 17, 20, 59), bars[^1].Start);
        Assert.Equal(DateTimeKind.Utc, bars[0].Start.Kind);
    }

    [Fact]
    public async Task Reading_the_last_N_bars_reads_only_the_row_groups_it_needs()
    {
        var store = NewStore();
        var year = SyntheticBars.Minutes(_calendar, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 22));
        await new ParquetBarWriter(store).WriteAsync("AAPL", OneMinute, year);

        var statistics = new BarReadStatistics();
        var bars = await store.ReadLastAsync("AAPL", OneMinute, 3900, Utc(2023, 3, 18), statistics);

        Assert.Equal(3900, bars.Length);
        Assert.Equal(Utc(2023, 3, 6, 14, 30), bars[0].Start);
        Assert.Equal(Utc(2023, 3, 17, 20, 59), bars[^1].Start);
        Assert.Equal(1, statistics.Snapshot().RowGroupsRead);
    }

    [Fact]
    public async Task The_last_N_bars_can_span_two_year_files()
    {
        var store = NewStore();
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2023, 12, 18), new DateOnly(2024, 1, 12));
        var result = await new ParquetBarWriter(store).WriteAsync("MSFT", OneMinute, bars);
        Assert.Equal(2, result.Files.Count);

        // Ending at 2024-01-03 00:00: the sessions of 2023-12-29 (Fri) and 2024-01-02 (Tue; the 1st is a holiday).
        var last = await store.ReadLastAsync("MSFT", OneMinute, 780, Utc(2024, 1, 3));

        Assert.Equal(780, last.Length);
        Assert.Equal(Utc(2023, 12, 29, 14, 30), last[0].Start);
        Assert.Equal(Utc(2023, 12, 29, 20, 59), last[389].Start);
        Assert.Equal(Utc(2024, 1, 2, 14, 30), last[390].Start);
        Assert.Equal(Utc(2024, 1, 2, 20, 59), last[^1].Start);
        for (var i = 1; i < last.Length; i++)
        {
            Assert.True(last[i].Start > last[i - 1].Start);
        }
    }

    [Fact]
    public async Task Asking_for_more_bars_than_stored_gives_all_of_them()
    {
        var store = NewStore();
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3));
        await new ParquetBarWriter(store).WriteAsync("MSFT", OneMinute, bars);

        var last = await store.ReadLastAsync("MSFT", OneMinute, 10_000, Utc(2024, 2, 1));

        Assert.Equal(780, last.Length);
        Assert.Equal(bars, last);
    }

    [Fact]
    public async Task A_range_read_returns_exactly_the_bars_written_across_years()
    {
        var store = NewStore();
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2023, 12, 27), new DateOnly(2024, 1, 3));
        await new ParquetBarWriter(store).WriteAsync("SPY", OneMinute, bars);

        var read = await store.ReadAllAsync("SPY", OneMinute, Utc(2023, 1, 1), Utc(2025, 1, 1));

        Assert.Equal(bars, read);
    }

    [Fact]
    public async Task The_range_end_is_exclusive_and_the_start_inclusive()
    {
        var store = NewStore();
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2));
        await new ParquetBarWriter(store).WriteAsync("SPY", OneMinute, bars);

        var read = await store.ReadAllAsync("SPY", OneMinute, Utc(2024, 1, 2, 15, 0), Utc(2024, 1, 2, 15, 10));

        Assert.Equal(10, read.Count);
        Assert.Equal(Utc(2024, 1, 2, 15, 0), read[0].Start);
        Assert.Equal(Utc(2024, 1, 2, 15, 9), read[^1].Start);
    }

    [Fact]
    public async Task Batches_of_a_range_are_the_callers_own_so_collecting_them_keeps_every_bar()
    {
        var store = NewStore();
        var bars = await WriteDailyRowGroupsAsync(store, new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 19));

        var batches = await store.ReadRangeAsync("AAPL", OneMinute, Utc(2024, 3, 1), Utc(2024, 4, 1)).ToListAsync();

        // 12 sessions (2024-03-04 to 2024-03-19), one row group each.
        Assert.Equal(12, batches.Count);
        Assert.Equal(bars, batches.SelectMany(b => b.ToArray()));
    }

    [Fact]
    public async Task The_pooled_variant_gives_the_same_bars_to_a_caller_that_copies_each_batch()
    {
        var store = NewStore();
        var bars = await WriteDailyRowGroupsAsync(store, new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 8));
        IHistoricalBarStore asInterface = store;

        var copied = new List<Bar>();
        await foreach (var batch in asInterface.ReadRangePooledAsync("AAPL", OneMinute, Utc(2024, 3, 1), Utc(2024, 4, 1)))
        {
            copied.AddRange(batch.Span);
        }

        Assert.Equal(bars, copied);
    }

    [Fact]
    public async Task Unspecified_times_are_refused_with_what_to_pass()
    {
        var store = NewStore();
        await new ParquetBarWriter(store).WriteAsync("AAPL", OneMinute, SyntheticBars.Minutes(_calendar, new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 4)));

        // 09:30 New York wall clock, as a caller might build it: read as UTC it would shift the range by 5 hours.
        var wallClock = new DateTime(2024, 3, 4, 9, 30, 0, DateTimeKind.Unspecified);
        var range = Assert.Throws<ArgumentException>(() => store.ReadRangeAsync("AAPL", OneMinute, wallClock, Utc(2024, 3, 5)));
        var rangeEnd = Assert.Throws<ArgumentException>(() => store.ReadRangeAsync("AAPL", OneMinute, Utc(2024, 3, 4), wallClock));
        var pooled = Assert.Throws<ArgumentException>(() => store.ReadRangePooledAsync("AAPL", OneMinute, wallClock, Utc(2024, 3, 5)));
        var last = await Assert.ThrowsAsync<ArgumentException>(async () => await store.ReadLastAsync("AAPL", OneMinute, 10, wallClock));

        Assert.Equal("fromUtc", range.ParamName);
        Assert.Equal("toUtc", rangeEnd.ParamName);
        Assert.Equal("fromUtc", pooled.ParamName);
        Assert.Equal("endUtc", last.ParamName);
        Assert.Contains("DateTimeKind.Unspecified", range.Message, StringComparison.Ordinal);
        Assert.Contains("DateTimeKind.Utc", range.Message, StringComparison.Ordinal);
        Assert.Contains("TimeZoneInfo.ConvertTimeToUtc", range.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_times_and_the_open_ends_are_still_accepted()
    {
        var store = NewStore();
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 4));
        await new ParquetBarWriter(store).WriteAsync("AAPL", OneMinute, bars);

        var local = await store.ReadAllAsync("AAPL", OneMinute, Utc(2024, 3, 4, 15, 0).ToLocalTime(), Utc(2024, 3, 4, 15, 10).ToLocalTime());
        var everything = await store.ReadAllAsync("AAPL", OneMinute, DateTime.MinValue, DateTime.MaxValue);

        Assert.Equal(bars[30..40], local);
        Assert.Equal(bars, everything);
    }

    [Fact]
    public async Task Writing_again_merges_and_a_new_bar_replaces_the_stored_one_with_the_same_start()
    {
        var store = NewStore();
        var writer = new ParquetBarWriter(store);
        var day = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2));
        await writer.WriteAsync("SPY", OneMinute, day[..200]);
        var replacement = day[199] with { High = 123.5, Close = 123.25 };
        var result = await writer.WriteAsync("SPY", OneMinute, new[] { replacement });
        var rest = await writer.WriteAsync("SPY", OneMinute, day[200..]);

        var read = await store.ReadAllAsync("SPY", OneMinute, Utc(2024, 1, 1), Utc(2024, 1, 3));

        Assert.Equal(1, result.BarsReplaced);
        Assert.Equal(390, rest.BarsWritten);
        Assert.Equal(390, read.Count);
        Assert.Equal(123.25, read[199].Close);
        Assert.Equal(day[198], read[198]);
    }

    [Fact]
    public async Task Availability_comes_from_metadata_without_reading_rows()
    {
        var store = NewStore();
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2023, 11, 1), new DateOnly(2024, 2, 29));
        await new ParquetBarWriter(store).WriteAsync("AAPL", OneMinute, bars);
        var before = store.Statistics.Snapshot();

        var availability = await store.GetAvailabilityAsync("aapl", OneMinute);

        var spent = BarReadCounts.Difference(store.Statistics.Snapshot(), before);
        Assert.Equal("AAPL", availability.Symbol);
        Assert.Equal(Utc(2023, 11, 1, 14, 30), availability.FirstBarUtc);
        Assert.Equal(Utc(2024, 2, 29, 20, 59), availability.LastBarUtc);
        Assert.Equal(bars.Length, availability.Rows);
        Assert.Equal(2, availability.Files);
        Assert.Equal(4, availability.Spans.Count);
        Assert.True(availability.Problems.IsEmpty);
        Assert.Equal(2, spent.FootersRead);
        Assert.Equal(0, spent.RowGroupsRead);
        Assert.Equal(0, spent.RowsRead);

        var again = await store.GetAvailabilityAsync("AAPL", OneMinute);
        Assert.Equal(availability, again);
        Assert.Equal(2, BarReadCounts.Difference(store.Statistics.Snapshot(), before).FootersRead);
    }

    [Fact]
    public async Task Coverage_is_answered_from_metadata_and_finds_missing_sessions_with_a_calendar()
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, _calendar);
        var writer = new ParquetBarWriter(store, new ParquetBarWriterOptions { RowGroupPeriod = BarRowGroupPeriod.Day });
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 15));

        // Leave out Wednesday 2024-03-06 and Thursday 2024-03-07 entirely.
        var kept = Array.FindAll(bars, b => b.Start.Day is not (6 or 7));
        await writer.WriteAsync("NVDA", OneMinute, kept);

        var covered = await store.CheckCoverageAsync("NVDA", OneMinute, Utc(2024, 3, 8, 14, 30), Utc(2024, 3, 15, 20, 59));
        var holed = await store.CheckCoverageAsync("NVDA", OneMinute, Utc(2024, 3, 4, 14, 30), Utc(2024, 3, 12, 20, 59));
        var early = await store.CheckCoverageAsync("NVDA", OneMinute, Utc(2024, 3, 1, 14, 30), Utc(2024, 3, 12, 20, 59));
        var late = await store.CheckCoverageAsync("NVDA", OneMinute, Utc(2024, 3, 8, 14, 30), Utc(2024, 3, 18, 14, 30));

        Assert.True(covered.Covered, covered.Reason);
        Assert.False(holed.Covered);
        var hole = Assert.Single(holed.Holes);
        Assert.Equal(2, hole.MissingSessions);
        Assert.Equal(Utc(2024, 3, 5, 20, 59), hole.AfterUtc);
        Assert.Equal(Utc(2024, 3, 8, 14, 30), hole.BeforeUtc);
        Assert.False(early.Covered);
        Assert.Contains("start at 2024-03-04 14:30 UTC", early.Reason, StringComparison.Ordinal);
        Assert.False(late.Covered);
        Assert.Contains("end at 2024-03-15 20:59 UTC", late.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_finds_symbols_and_intervals_in_canonical_directories_only()
    {
        var store = NewStore();
        var writer = new ParquetBarWriter(store);
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2));
        await writer.WriteAsync("MSFT", OneMinute, bars);
        await writer.WriteAsync("AAPL", OneMinute, bars);
        await writer.WriteAsync("BRK.B", OneMinute, bars);
        await writer.WriteAsync("AAPL", Interval.Days(1), SyntheticBars.Days(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5)));
        System.IO.Directory.CreateDirectory(_root.Combine("interval=1m", "symbol=aapl"));
        System.IO.File.WriteAllBytes(_root.Combine("interval=1m", "symbol=aapl", "year=2024.parquet"), [1, 2, 3]);
        System.IO.Directory.CreateDirectory(_root.Combine("interval=60m", "symbol=AAPL"));
        System.IO.File.WriteAllBytes(_root.Combine("interval=60m", "symbol=AAPL", "year=2024.parquet"), [1, 2, 3]);

        var symbols = await store.ListSymbolsAsync(OneMinute);
        var intervals = await store.ListIntervalsAsync("AAPL");

        Assert.Equal(new[] { "AAPL", "BRK.B", "MSFT" }, symbols.Items);
        Assert.Equal(new[] { Interval.Minutes(1), Interval.Days(1) }, intervals.Items);
        var misnamed = Assert.Single(symbols.Problems);
        Assert.Equal(BarProblemKind.MisnamedSymbol, misnamed.Kind);
        Assert.Equal(_root.Combine("interval=1m", "symbol=aapl"), misnamed.Path);
    }

    [Fact]
    public async Task Files_follow_the_documented_hive_layout()
    {
        var store = NewStore();
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2));
        var result = await new ParquetBarWriter(store).WriteAsync("AAPL", OneMinute, bars);

        var expected = System.IO.Path.Combine(_root.Path, "interval=1m", "symbol=AAPL", "year=2024.parquet");
        Assert.Equal(new[] { expected }, result.Files);
        Assert.True(System.IO.File.Exists(expected));
    }

    [Fact]
    public async Task A_template_without_year_keeps_every_year_in_one_file()
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path, PathTemplate = "{symbol}/{interval}.parquet" });
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2023, 12, 28), new DateOnly(2024, 1, 3));
        var result = await new ParquetBarWriter(store).WriteAsync("AAPL", OneMinute, bars);

        Assert.Equal(new[] { System.IO.Path.Combine(_root.Path, "AAPL", "1m.parquet") }, result.Files);
        Assert.Equal(bars, await store.ReadAllAsync("AAPL", OneMinute, Utc(2023, 1, 1), Utc(2025, 1, 1)));
        Assert.Equal(new[] { "AAPL" }, (await store.ListSymbolsAsync(OneMinute)).Items);
    }
}
