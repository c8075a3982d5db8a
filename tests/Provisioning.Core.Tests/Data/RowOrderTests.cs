using System;
using System.Linq;
using System.Threading.Tasks;
using Parquet.Schema;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using static Provisioning.Core.Tests.Data.Support.BarReading;

namespace Provisioning.Core.Tests.Data;

/// <summary>
/// Files whose rows are not oldest first (newest-first vendor exports, swapped rows, shuffled row groups): every bar
/// comes back, oldest first, with its own values; one bar per start, the first valid row in file order.
/// </summary>
public sealed class RowOrderTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private readonly TempDirectory _root = new();
    private readonly FixedUtcCalendar _calendar = new();

    public void Dispose() => _root.Dispose();

    private ParquetBarStore NewStore() => new(new ParquetBarStoreOptions { RootDirectory = _root.Path });

    /// <summary>Writes <paramref name="rows"/> as they are, in that order, with Parquet.Net (statistics on).</summary>
    private Task WriteRowsAsync(string symbol, Bar[] rows, int rowGroupSize = int.MaxValue) => ParquetNetFiles.WriteAsync(
        NewStore().FilePath(symbol, OneMinute, 2024),
        ParquetNetFiles.PriceFields(new DateTimeDataField("timestamp", DateTimeFormat.Timestamp, true, DateTimeTimeUnit.Millis)),
        ParquetNetFiles.Columns(rows.Select(b => b.Start).ToArray(), rows),
        rowGroupSize);

    /// <summary>Eight sessions of 390 one-minute bars (2024-01-02 to 2024-01-11): 3,120 bars, each with its own values.</summary>
    private Bar[] EightSessions() => SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 11));

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(390)]
    [InlineData(1000)]
    public async Task A_newest_first_file_gives_every_bar_oldest_first(int rowGroupSize)
    {
        var bars = EightSessions();
        Assert.Equal(3120, bars.Length);
        var newestFirst = bars.Reverse().ToArray();
        await WriteRowsAsync("DESC", newestFirst, rowGroupSize);
        var store = NewStore();

        var statistics = new BarReadStatistics();
        var read = await store.ReadAllAsync("DESC", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1), statistics);
        var last = await store.ReadLastAsync("DESC", OneMinute, 500, Utc(2024, 2, 1));
        var availability = await store.GetAvailabilityAsync("DESC", OneMinute);

        Assert.Equal(bars, read);
        Assert.Equal(0, statistics.Snapshot().Dropped);
        Assert.Equal(bars[^500..], last);
        Assert.Equal(Utc(2024, 1, 2, 14, 30), availability.FirstBarUtc);
        Assert.Equal(Utc(2024, 1, 11, 20, 59), availability.LastBarUtc);
    }

    [Fact]
    public async Task Swapped_adjacent_rows_lose_no_bar()
    {
        var bars = EightSessions();
        var rows = (Bar[])bars.Clone();
        foreach (var i in new[] { 0, 10, 389, 1000, 3118 })
        {
            (rows[i], rows[i + 1]) = (rows[i + 1], rows[i]);
        }

        await WriteRowsAsync("SWAP", rows, rowGroupSize: 390);
        var store = NewStore();

        var statistics = new BarReadStatistics();
        var read = await store.ReadAllAsync("SWAP", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1), statistics);
        var last = await store.ReadLastAsync("SWAP", OneMinute, 3, Utc(2024, 2, 1));

        // Rows 389 and 390 were swapped across the first two row groups: their spans overlap, so they are read together.
        Assert.Equal(bars, read);
        Assert.Equal(0, statistics.Snapshot().Dropped);
        Assert.Equal(bars[^3..], last);
    }

    [Fact]
    public async Task Of_rows_with_one_start_the_first_valid_one_in_file_order_is_kept()
    {
        var t = Utc(2024, 1, 2, 14, 30);
        Bar At(int minute, double open) => new(t.AddMinutes(minute), open, open + 1, open - 1, open + 0.5, 100 + minute);
        var rows = new[]
        {
            At(2, 50),                                // first row of 14:32: kept
            At(0, 10),
            At(2, 60),                                // a later row of 14:32: duplicate
            At(1, 20) with { Open = double.NaN },     // an invalid row of 14:31: dropped as a bad price
            At(1, 30),                                // the first valid row of 14:31: kept
            At(3, 40),
        };
        await WriteRowsAsync("DUP", rows);
        var store = NewStore();

        var statistics = new BarReadStatistics();
        var read = await store.ReadAllAsync("DUP", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1), statistics);

        Assert.Equal(new[] { At(0, 10), At(1, 30), At(2, 50), At(3, 40) }, read);
        Assert.Equal(1, statistics.Snapshot().Duplicates);
        Assert.Equal(1, statistics.Snapshot().InvalidPrices);
        Assert.Equal(0, statistics.Snapshot().OutOfOrder);
    }

    [Fact]
    public async Task A_duplicate_across_overlapping_row_groups_keeps_the_earlier_row_group()
    {
        var t = Utc(2024, 1, 2, 14, 30);
        Bar At(int minute, double open) => new(t.AddMinutes(minute), open, open + 1, open - 1, open + 0.5, 100 + minute);

        // Row group 0 holds 14:33 and 14:31 (newest first), row group 1 holds 14:32 and another 14:31.
        await WriteRowsAsync("OVER", [At(3, 40), At(1, 20), At(2, 30), At(1, 99)], rowGroupSize: 2);
        var store = NewStore();

        var statistics = new BarReadStatistics();
        var read = await store.ReadAllAsync("OVER", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1), statistics);
        var last = await store.ReadLastAsync("OVER", OneMinute, 3, Utc(2024, 2, 1));

        Assert.Equal(new[] { At(1, 20), At(2, 30), At(3, 40) }, read);
        Assert.Equal(1, statistics.Snapshot().Duplicates);
        Assert.Equal(read, last);
    }

    [Fact]
    public async Task Row_groups_with_unsorted_rows_are_still_skipped_by_their_statistics()
    {
        // Three row groups, one session each, each newest first; a read of the middle session reads its row group only.
        var sessions = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 4));
        var rows = sessions.Chunk(390).SelectMany(day => day.Reverse()).ToArray();
        await WriteRowsAsync("PRUNE", rows, rowGroupSize: 390);
        var store = NewStore();

        var statistics = new BarReadStatistics();
        var middle = await store.ReadAllAsync("PRUNE", OneMinute, Utc(2024, 1, 3), Utc(2024, 1, 4), statistics);
        var inside = await store.ReadAllAsync("PRUNE", OneMinute, Utc(2024, 1, 3, 15, 0), Utc(2024, 1, 3, 15, 5));

        Assert.Equal(sessions[390..780], middle);
        Assert.Equal(1, statistics.Snapshot().RowGroupsRead);
        Assert.Equal(2, statistics.Snapshot().RowGroupsSkipped);
        Assert.Equal(sessions[420..425], inside);
    }

    [Fact]
    public async Task Interleaved_row_groups_are_read_together_and_merged()
    {
        // Row group 0 holds the even minutes of a session, row group 1 the odd ones: both meet any range of it.
        var session = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2));
        var rows = session.Where((_, i) => i % 2 == 0).Concat(session.Where((_, i) => i % 2 == 1)).ToArray();
        await WriteRowsAsync("ZIP", rows, rowGroupSize: 195);
        var store = NewStore();

        var statistics = new BarReadStatistics();
        var part = await store.ReadAllAsync("ZIP", OneMinute, Utc(2024, 1, 2, 15, 0), Utc(2024, 1, 2, 16, 0), statistics);
        var last = await store.ReadLastAsync("ZIP", OneMinute, 7, Utc(2024, 1, 2, 20, 0));

        Assert.Equal(session[30..90], part);
        Assert.Equal(2, statistics.Snapshot().RowGroupsRead);
        Assert.Equal(0, statistics.Snapshot().Dropped);
        Assert.Equal(session[323..330], last);
    }
}
