using System;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using static Provisioning.Core.Tests.Data.Support.BarReading;

namespace Provisioning.Core.Tests.Data;

/// <summary>Files written by DuckDB in the shapes pandas/pyarrow, DuckDB and Spark produce, read back through the store.</summary>
public sealed class ForeignFileTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private readonly TempDirectory _root = new();
    private readonly FixedUtcCalendar _calendar = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData("t AS timestamp", "DOUBLE", "BIGINT", "COMPRESSION snappy")]
    [InlineData("t::TIMESTAMP_MS AS time", "DOUBLE", "INTEGER", "COMPRESSION gzip")]
    [InlineData("t::TIMESTAMP_NS AS ts", "DOUBLE", "DOUBLE", "COMPRESSION zstd")]
    [InlineData("t::TIMESTAMPTZ AS datetime", "DOUBLE", "BIGINT", "COMPRESSION zstd")]
    [InlineData("epoch(t)::BIGINT AS Timestamp", "DOUBLE", "BIGINT", "COMPRESSION snappy")]
    [InlineData("epoch_ms(t) AS TS", "DOUBLE", "BIGINT", "COMPRESSION snappy")]
    [InlineData("epoch_us(t) AS Date", "DOUBLE", "BIGINT", "COMPRESSION gzip")]
    [InlineData("epoch_ns(t) AS start", "DOUBLE", "BIGINT", "COMPRESSION zstd")]
    [InlineData("t AS timestamp", "DECIMAL(18,4)", "BIGINT", "COMPRESSION zstd")]
    [InlineData("t AS timestamp", "DECIMAL(38,10)", "DOUBLE", "COMPRESSION snappy")]
    [InlineData("t AS timestamp", "DOUBLE", "BIGINT", "COMPRESSION snappy, ROW_GROUP_SIZE 2048")]
    [InlineData("t AS timestamp", "DOUBLE", "BIGINT", "COMPRESSION uncompressed, ROW_GROUP_SIZE 100000")]
    public async Task DuckDB_files_read_back_as_the_bars_they_hold(string timestamp, string priceType, string volumeType, string options)
    {
        var path = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }).FilePath("DUCK", OneMinute, 2024);
        DuckDbFiles.Copy(
            $"SELECT {timestamp}, {DuckDbFiles.Open}::{priceType} AS Open, ({DuckDbFiles.Open} + 1)::{priceType} AS HIGH, "
            + $"({DuckDbFiles.Open} - 1)::{priceType} AS low, ({DuckDbFiles.Open} + 0.5)::{priceType} AS Close, "
            + $"(1000 + i)::{volumeType} AS Volume FROM ({DuckDbFiles.MinuteBars}) ORDER BY t",
            path,
            options);
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, _calendar);
        var expected = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 22));

        var statistics = new BarReadStatistics();
        var bars = await store.ReadAllAsync("DUCK", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1), statistics);
        var availability = await store.GetAvailabilityAsync("DUCK", OneMinute);

        Assert.Equal(5850, expected.Length);
        Assert.Equal(expected.Length, bars.Count);
        Assert.Equal(0, statistics.Snapshot().Dropped);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Start, bars[i].Start);
            Assert.Equal(expected[i].Open, bars[i].Open, 1e-9);
            Assert.Equal(expected[i].High, bars[i].High, 1e-9);
            Assert.Equal(expected[i].Low, bars[i].Low, 1e-9);
            Assert.Equal(expected[i].Close, bars[i].Close, 1e-9);
            Assert.Equal(expected[i].Volume, bars[i].Volume);
        }

        Assert.Equal(Utc(2024, 1, 2, 14, 30), availability.FirstBarUtc);
        Assert.Equal(Utc(2024, 1, 22, 20, 59), availability.LastBarUtc);
        Assert.Equal(5850, availability.Rows);
    }

    [Fact]
    public async Task Float_prices_are_widened_to_the_float_values_stored()
    {
        var path = _root.Combine("interval=1m", "symbol=FLT", "year=2024.parquet");
        DuckDbFiles.Copy(
            $"SELECT t AS timestamp, {DuckDbFiles.Open}::FLOAT AS open, ({DuckDbFiles.Open} + 1)::FLOAT AS high, "
            + $"({DuckDbFiles.Open} - 1)::FLOAT AS low, ({DuckDbFiles.Open} + 0.5)::FLOAT AS close, (1000 + i)::INTEGER AS volume "
            + $"FROM ({DuckDbFiles.MinuteBars}) ORDER BY t",
            path,
            "COMPRESSION snappy");
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });
        var expected = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 22));

        var bars = await store.ReadAllAsync("FLT", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1));

        Assert.Equal(expected.Length, bars.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal((double)(float)expected[i].Open, bars[i].Open);
            Assert.Equal((double)(float)expected[i].Close, bars[i].Close);
        }
    }

    [Fact]
    public async Task DuckDB_row_groups_are_skipped_by_their_statistics()
    {
        var path = _root.Combine("interval=1m", "symbol=DUCK", "year=2024.parquet");
        DuckDbFiles.Copy(
            $"SELECT t AS timestamp, {DuckDbFiles.Open} AS open, {DuckDbFiles.Open} + 1 AS high, {DuckDbFiles.Open} - 1 AS low, "
            + $"{DuckDbFiles.Open} + 0.5 AS close, (1000 + i)::BIGINT AS volume FROM ({DuckDbFiles.MinuteBars}) ORDER BY t",
            path,
            "COMPRESSION zstd, ROW_GROUP_SIZE 2048");
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });

        // DuckDB writes row groups of 2,048 rows: rows 0-2047, 2048-4095, 4096-5849. The first session (2024-01-02,
        // rows 0-389) lies in the first row group only.
        var statistics = new BarReadStatistics();
        var bars = await store.ReadAllAsync("DUCK", OneMinute, Utc(2024, 1, 2), Utc(2024, 1, 3), statistics);

        Assert.Equal(390, bars.Count);
        Assert.Equal(1, statistics.Snapshot().RowGroupsRead);
        Assert.Equal(2, statistics.Snapshot().RowGroupsSkipped);
    }

    [Fact]
    public async Task An_explicit_column_mapping_reads_files_with_other_names()
    {
        var path = _root.Combine("interval=1m", "symbol=MAP", "year=2024.parquet");
        DuckDbFiles.Copy(
            $"SELECT t AS event_time, {DuckDbFiles.Open} AS px_first, {DuckDbFiles.Open} + 1 AS px_max, {DuckDbFiles.Open} - 1 AS px_min, "
            + $"{DuckDbFiles.Open} + 0.5 AS px_last, (1000 + i)::BIGINT AS qty FROM ({DuckDbFiles.MinuteBars}) ORDER BY t",
            path,
            string.Empty);
        var unmapped = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });
        var mapped = new ParquetBarStore(new ParquetBarStoreOptions
        {
            RootDirectory = _root.Path,
            Columns = new ParquetColumnMapping { Timestamp = "EVENT_TIME", Open = "px_first", High = "px_max", Low = "px_min", Close = "px_last", Volume = "qty" },
        });

        var problem = Assert.Single((await unmapped.GetAvailabilityAsync("MAP", OneMinute)).Problems);
        var bars = await mapped.ReadAllAsync("MAP", OneMinute, Utc(2024, 1, 2), Utc(2024, 1, 3));

        Assert.Equal(BarProblemKind.MissingColumn, problem.Kind);
        Assert.Contains("event_time", problem.Message, StringComparison.Ordinal);
        Assert.Equal(390, bars.Count);
        Assert.Equal(SyntheticBars.At(Utc(2024, 1, 2, 14, 30), 0), bars[0]);
    }

    [Fact]
    public async Task An_explicit_epoch_unit_overrides_inference()
    {
        var path = _root.Combine("interval=1m", "symbol=EPO", "year=2024.parquet");
        DuckDbFiles.Copy(
            $"SELECT epoch_ms(t) AS timestamp, {DuckDbFiles.Open} AS open, {DuckDbFiles.Open} + 1 AS high, {DuckDbFiles.Open} - 1 AS low, "
            + $"{DuckDbFiles.Open} + 0.5 AS close, (1000 + i)::BIGINT AS volume FROM ({DuckDbFiles.MinuteBars}) ORDER BY t",
            path,
            string.Empty);
        var asMilliseconds = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path, EpochUnit = EpochUnit.Milliseconds });
        var asMicroseconds = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path, EpochUnit = EpochUnit.Microseconds });

        var right = await asMilliseconds.GetAvailabilityAsync("EPO", OneMinute);
        var wrong = await asMicroseconds.GetAvailabilityAsync("EPO", OneMinute);

        // 1,704,205,800,000 read as microseconds is 1,704,205.8 s = 19 days + 62,605.8 s: 1970-01-20 17:23:25.8 UTC.
        Assert.Equal(Utc(2024, 1, 2, 14, 30), right.FirstBarUtc);
        Assert.Equal(new DateTime(1970, 1, 20, 17, 23, 25, 800, DateTimeKind.Utc), wrong.FirstBarUtc);
    }

    [Fact]
    public async Task DuckDB_reads_the_store_with_symbol_and_interval_as_hive_partitions()
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });
        var writer = new ParquetBarWriter(store);
        await writer.WriteAsync("AAPL", OneMinute, SyntheticBars.Minutes(_calendar, new DateOnly(2023, 12, 28), new DateOnly(2024, 1, 2)));
        await writer.WriteAsync("MSFT", OneMinute, SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2)));

        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT symbol, count(*) AS n, min(year(\"timestamp\")) AS y0, max(year(\"timestamp\")) AS y1, min(\"timestamp\") AS first "
            + "FROM read_parquet('" + _root.Path + "/*/*/*.parquet', hive_partitioning = true) WHERE interval = '1m' GROUP BY symbol ORDER BY symbol";
        using var reader = command.ExecuteReader();
        var rows = new System.Collections.Generic.List<(string, long, long, long, DateTime)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), Convert.ToInt64(reader.GetValue(2)), Convert.ToInt64(reader.GetValue(3)), reader.GetDateTime(4)));
        }

        // AAPL: 2023-12-28, 29 and 2024-01-01, 02 (no holidays in this calendar) = 4 sessions; MSFT: 1 session.
        Assert.Equal(2, rows.Count);
        Assert.Equal(("AAPL", 1560L, 2023L, 2024L), (rows[0].Item1, rows[0].Item2, rows[0].Item3, rows[0].Item4));
        Assert.Equal(new DateTime(2023, 12, 28, 14, 30, 0), DateTime.SpecifyKind(rows[0].Item5, DateTimeKind.Unspecified));
        Assert.Equal(("MSFT", 390L), (rows[1].Item1, rows[1].Item2));
    }

    [Fact]
    public void Epoch_units_are_inferred_from_magnitude()
    {
        // 2024-01-02T14:30:00Z is 1,704,205,800 s since the epoch.
        Assert.Equal(EpochUnit.Seconds, BarFileColumns.InferUnit(1_704_205_800L));
        Assert.Equal(EpochUnit.Milliseconds, BarFileColumns.InferUnit(1_704_205_800_000L));
        Assert.Equal(EpochUnit.Microseconds, BarFileColumns.InferUnit(1_704_205_800_000_000L));
        Assert.Equal(EpochUnit.Nanoseconds, BarFileColumns.InferUnit(1_704_205_800_000_000_000L));
    }

    [Fact]
    public async Task Parquet_files_of_other_layouts_are_not_mistaken_for_bars()
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path });
        DuckDbFiles.Copy("SELECT 1 AS x", _root.Combine("interval=1m", "symbol=ABC", "notes.parquet"), string.Empty);

        var availability = await store.GetAvailabilityAsync("ABC", OneMinute);

        Assert.Equal(0, availability.Files);
        Assert.False(availability.HasData);
    }
}
