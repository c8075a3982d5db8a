using System;
using System.Linq;
using System.Threading.Tasks;
using Parquet.Schema;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using static Provisioning.Core.Tests.Data.Support.BarReading;
using static Provisioning.Core.Tests.Data.Support.ParquetNetFiles;

namespace Provisioning.Core.Tests.Data;

/// <summary>Shapes written with Parquet.Net's low-level writer: naive and INT96 timestamps, dates, nulls, bad rows.</summary>
public sealed class ParquetNetShapeTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private readonly TempDirectory _root = new();
    private readonly FixedUtcCalendar _calendar = new();

    public void Dispose() => _root.Dispose();

    private string PathOf(string symbol, Interval interval, int year = 2024) =>
        new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }).FilePath(symbol, interval, year);

    [Fact]
    public async Task Naive_timestamps_are_read_in_the_configured_zone()
    {
        // 09:30 New York is 14:30 UTC on 2024-01-02 (EST, UTC-5) and 13:30 UTC on 2024-07-01 (EDT, UTC-4).
        var wall = new[] { new DateTime(2024, 1, 2, 9, 30, 0), new DateTime(2024, 1, 2, 9, 31, 0), new DateTime(2024, 7, 1, 9, 30, 0) };
        var bars = wall.Select((w, i) => SyntheticBars.At(w, i)).ToArray();
        await ParquetNetFiles.WriteAsync(
            PathOf("NAIVE", OneMinute),
            PriceFields(new DateTimeDataField("timestamp", DateTimeFormat.Timestamp, false, DateTimeTimeUnit.Nanos)),
            Columns(wall, bars));
        var zoned = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path, NaiveTimestampTimeZone = "America/New_York" });
        var plain = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });

        var inZone = await zoned.ReadAllAsync("NAIVE", OneMinute, Utc(2024, 1, 1), Utc(2025, 1, 1));
        var asUtc = await plain.ReadAllAsync("NAIVE", OneMinute, Utc(2024, 1, 1), Utc(2025, 1, 1));
        var availability = await zoned.GetAvailabilityAsync("NAIVE", OneMinute);

        Assert.Equal(new[] { Utc(2024, 1, 2, 14, 30), Utc(2024, 1, 2, 14, 31), Utc(2024, 7, 1, 13, 30) }, inZone.Select(b => b.Start));
        Assert.Equal(new[] { Utc(2024, 1, 2, 9, 30), Utc(2024, 1, 2, 9, 31), Utc(2024, 7, 1, 9, 30) }, asUtc.Select(b => b.Start));
        Assert.Equal(Utc(2024, 1, 2, 14, 30), availability.FirstBarUtc);
        Assert.Equal(Utc(2024, 7, 1, 13, 30), availability.LastBarUtc);
    }

    [Theory]
    [InlineData(DateTimeTimeUnit.Micros)]
    [InlineData(DateTimeTimeUnit.Nanos)]
    [InlineData(DateTimeTimeUnit.Millis)]
    public async Task Parquet_Net_timestamp_statistics_are_read_right_whatever_the_unit(DateTimeTimeUnit unit)
    {
        // Parquet.Net 6.1 writes micros and nanos statistics in milliseconds (aloneguid/parquet-dotnet#769).
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 4));
        await ParquetNetFiles.WriteAsync(
            PathOf("UNIT", OneMinute),
            PriceFields(new DateTimeDataField("timestamp", DateTimeFormat.Timestamp, true, unit)),
            Columns(bars.Select(b => b.Start).ToArray(), bars),
            rowGroupSize: 390);
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });

        var availability = await store.GetAvailabilityAsync("UNIT", OneMinute);
        var statistics = new BarReadStatistics();
        var middle = await store.ReadAllAsync("UNIT", OneMinute, Utc(2024, 1, 3), Utc(2024, 1, 4), statistics);

        Assert.Equal(Utc(2024, 1, 2, 14, 30), availability.FirstBarUtc);
        Assert.Equal(Utc(2024, 1, 4, 20, 59), availability.LastBarUtc);
        Assert.Equal(3, availability.Spans.Count);
        Assert.Equal(bars[390..780], middle);
        Assert.Equal(1, statistics.Snapshot().RowGroupsRead);
    }

    [Fact]
    public async Task INT96_timestamps_are_read_and_their_spans_found_without_statistics()
    {
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3));
        await ParquetNetFiles.WriteAsync(
            PathOf("SPARK", OneMinute),
            PriceFields(new DateTimeDataField("timestamp", DateTimeFormat.Impala)),
            Columns(bars.Select(b => b.Start).ToArray(), bars),
            rowGroupSize: 390);
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });

        var availability = await store.GetAvailabilityAsync("SPARK", OneMinute);
        var read = await store.ReadAllAsync("SPARK", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1));

        Assert.Equal(Utc(2024, 1, 2, 14, 30), availability.FirstBarUtc);
        Assert.Equal(Utc(2024, 1, 3, 20, 59), availability.LastBarUtc);
        Assert.Equal(bars, read);
    }

    [Fact]
    public async Task Date_stamped_day_bars_move_to_the_session_open_with_a_calendar()
    {
        // 2024-01-05 is a Friday, 2024-01-06 a Saturday: not a session.
        var dates = new[] { new DateTime(2024, 1, 4, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 1, 5, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 1, 6, 0, 0, 0, DateTimeKind.Utc) };
        var bars = dates.Select((d, i) => SyntheticBars.At(d, i)).ToArray();
        await ParquetNetFiles.WriteAsync(PathOf("DAY", Interval.Days(1)), PriceFields(new DateTimeDataField("date", DateTimeFormat.Date)), Columns(dates, bars));
        var withCalendar = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, _calendar);
        var without = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });

        var statistics = new BarReadStatistics();
        var normalised = await withCalendar.ReadAllAsync("DAY", Interval.Days(1), Utc(2024, 1, 1), Utc(2024, 2, 1), statistics);
        var raw = await without.ReadAllAsync("DAY", Interval.Days(1), Utc(2024, 1, 1), Utc(2024, 2, 1));

        Assert.Equal(new[] { Utc(2024, 1, 4, 14, 30), Utc(2024, 1, 5, 14, 30) }, normalised.Select(b => b.Start));
        Assert.Equal(1, statistics.Snapshot().OutsideSession);
        Assert.Equal(dates, raw.Select(b => b.Start));
        Assert.Equal(101.01, normalised[1].High, 1e-12);
    }

    [Fact]
    public async Task Nulls_are_dropped_and_counted_as_missing_values()
    {
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2))[..10];
        var closes = bars.Select(b => (double?)b.Close).ToArray();
        closes[3] = null;
        closes[7] = null;
        var volumes = bars.Select(b => (double?)b.Volume).ToArray();
        volumes[7] = null;
        volumes[8] = null;
        var starts = bars.Select(b => (DateTime?)b.Start).ToArray();
        starts[0] = null;
        await ParquetNetFiles.WriteAsync(
            PathOf("NULLS", OneMinute),
            [new DateTimeDataField("timestamp", DateTimeFormat.Timestamp, true, DateTimeTimeUnit.Millis, true), new DataField<double>("open"),
                new DataField<double>("high"), new DataField<double>("low"), new DataField<double?>("close"), new DataField<double?>("volume")],
            [starts, bars.Select(b => b.Open).ToArray(), bars.Select(b => b.High).ToArray(), bars.Select(b => b.Low).ToArray(), closes, volumes]);
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });

        var statistics = new BarReadStatistics();
        var read = await store.ReadAllAsync("NULLS", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1), statistics);

        // Rows 0 (timestamp), 3 (close), 7 (close and volume) and 8 (volume) have nulls: 4 rows dropped, 6 kept.
        Assert.Equal(4, statistics.Snapshot().MissingValues);
        Assert.Equal(new[] { bars[1], bars[2], bars[4], bars[5], bars[6], bars[9] }, read);
    }

    [Fact]
    public async Task Invalid_rows_are_dropped_and_each_reason_counted()
    {
        var t = Utc(2024, 1, 2, 14, 30);
        Bar Good(int minute) => SyntheticBars.At(t.AddMinutes(minute), minute);
        var rows = new[]
        {
            Good(0),
            Good(1),
            Good(1),                                              // duplicate of the row before
            Good(2) with { Open = double.NaN },                   // NaN price
            Good(3) with { Low = -1 },                            // negative price
            Good(4) with { Close = 0 },                           // zero price
            Good(5) with { High = double.PositiveInfinity },      // infinite price
            Good(6) with { High = 90, Low = 95 },                 // high below low
            Good(7) with { Volume = -5 },                         // negative volume
            Good(8) with { Volume = double.NaN },                 // NaN volume
            Good(9),
            Good(4),                                              // out of order: sorted in (row 5's bar of 4 had a zero price)
            SyntheticBars.At(Utc(2024, 1, 2, 22, 0), 10),         // after the 21:00 close
            SyntheticBars.At(Utc(2024, 1, 6, 15, 0), 11),         // a Saturday
            Good(10),
        };
        await ParquetNetFiles.WriteAsync(
            PathOf("BAD", OneMinute),
            PriceFields(new DateTimeDataField("timestamp", DateTimeFormat.Timestamp, true, DateTimeTimeUnit.Millis)),
            Columns(rows.Select(b => b.Start).ToArray(), rows));
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, _calendar);

        var statistics = new BarReadStatistics();
        var read = await store.ReadAllAsync("BAD", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1), statistics);
        var counts = statistics.Snapshot();

        Assert.Equal(new[] { Good(0), Good(1), Good(4), Good(9), Good(10) }, read);
        Assert.Equal(1, counts.Duplicates);
        Assert.Equal(4, counts.InvalidPrices);
        Assert.Equal(1, counts.HighBelowLow);
        Assert.Equal(2, counts.InvalidVolumes);
        Assert.Equal(0, counts.OutOfOrder);
        Assert.Equal(2, counts.OutsideSession);
        Assert.Equal(10, counts.Dropped);
        Assert.Equal(15, counts.RowsRead);
        Assert.Equal(counts.BarsReturned, store.Statistics.Snapshot().BarsReturned);
    }

    [Fact]
    public async Task An_open_or_close_outside_low_high_is_dropped_and_counted_like_high_below_low()
    {
        var t = Utc(2024, 1, 2, 14, 30);

        // Good bars have open 100 + i/100, high open + 1, low open - 1, close open + 0.5 (SyntheticBars).
        Bar Good(int minute) => SyntheticBars.At(t.AddMinutes(minute), minute);
        var rows = new[]
        {
            Good(0),
            Good(1) with { Open = 200 },                          // open above high
            Good(2) with { Open = 50 },                           // open below low
            Good(3) with { Close = 200 },                         // close above high
            Good(4) with { Close = 50 },                          // close below low
            Good(5) with { Open = 99.05, Close = 101.05 },        // open at low, close at high: valid
            Good(6) with { High = 90, Low = 95, Open = 200 },     // high below low (counted there only)
            Good(7),
        };
        await ParquetNetFiles.WriteAsync(
            PathOf("OHLC", OneMinute),
            PriceFields(new DateTimeDataField("timestamp", DateTimeFormat.Timestamp, true, DateTimeTimeUnit.Millis)),
            Columns(rows.Select(b => b.Start).ToArray(), rows));
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });

        var statistics = new BarReadStatistics();
        var read = await store.ReadAllAsync("OHLC", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1), statistics);
        var last = await store.ReadLastAsync("OHLC", OneMinute, 8, Utc(2024, 2, 1));
        var counts = statistics.Snapshot();

        Assert.Equal(new[] { Good(0), rows[5], Good(7) }, read);
        Assert.Equal(read, last);
        Assert.Equal(4, counts.OpenCloseOutsideHighLow);
        Assert.Equal(1, counts.HighBelowLow);
        Assert.Equal(5, counts.Dropped);
    }

    [Fact]
    public async Task Decimal_float_and_integer_columns_written_by_Parquet_Net_are_read()
    {
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2))[..5];
        await ParquetNetFiles.WriteAsync(
            PathOf("MIX", OneMinute),
            [new DataField<long>("ts"), new DecimalDataField("open", 18, 4), new DataField<float>("high"), new DataField<int>("low"),
                new DataField<double>("close"), new DataField<int>("volume")],
            [bars.Select(b => (long)(b.Start - DateTime.UnixEpoch).TotalSeconds).ToArray(), bars.Select(b => (decimal)b.Open).ToArray(),
                bars.Select(b => (float)b.High).ToArray(), bars.Select(b => (int)b.Low).ToArray(), bars.Select(b => b.Close).ToArray(),
                bars.Select(b => (int)b.Volume).ToArray()],
            compression: Parquet.CompressionMethod.Gzip);
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });

        var read = await store.ReadAllAsync("MIX", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1));

        Assert.Equal(bars.Select(b => b.Start), read.Select(b => b.Start));
        Assert.Equal(bars.Select(b => (double)(decimal)b.Open), read.Select(b => b.Open));
        Assert.Equal(bars.Select(b => (double)(float)b.High), read.Select(b => b.High));
        Assert.Equal(bars.Select(b => (double)(int)b.Low), read.Select(b => b.Low));
        Assert.Equal(bars.Select(b => b.Volume), read.Select(b => b.Volume));
    }
}
