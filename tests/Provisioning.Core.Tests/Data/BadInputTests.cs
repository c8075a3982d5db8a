using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using static Provisioning.Core.Tests.Data.Support.BarReading;

namespace Provisioning.Core.Tests.Data;

/// <summary>Broken files and directories give problems naming the path, reads throw a typed exception, nothing is lost.</summary>
public sealed class BadInputTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private readonly TempDirectory _root = new();
    private readonly FixedUtcCalendar _calendar = new();

    public void Dispose() => _root.Dispose();

    private ParquetBarStore NewStore(string? root = null) => new(new ParquetBarStoreOptions { RootDirectory = root ?? _root.Path });

    private async Task<string> WriteGoodAsync(ParquetBarStore store, string symbol, BarFileCompression compression = BarFileCompression.Snappy)
    {
        var bars = SyntheticBars.Minutes(_calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5));
        var result = await new ParquetBarWriter(store, new ParquetBarWriterOptions { Compression = compression }).WriteAsync(symbol, OneMinute, bars);
        return result.Files[0];
    }

    private static async Task<BarStoreException> ReadFailsAsync(ParquetBarStore store, string symbol)
    {
        return await Assert.ThrowsAsync<BarStoreException>(() => store.ReadAllAsync(symbol, OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1)));
    }

    [Fact]
    public async Task A_truncated_file_is_reported_and_its_read_fails_with_the_file_named()
    {
        var store = NewStore();
        var path = await WriteGoodAsync(store, "TRUNC");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var problem = Assert.Single((await store.GetAvailabilityAsync("TRUNC", OneMinute)).Problems);
        var failure = await ReadFailsAsync(store, "TRUNC");

        Assert.Equal(BarProblemKind.Corrupt, problem.Kind);
        Assert.Equal(path, problem.Path);
        Assert.Contains(path, problem.Message, StringComparison.Ordinal);
        Assert.Equal(path, failure.FilePath);
        Assert.Equal(BarProblemKind.Corrupt, failure.Kind);
    }

    [Fact]
    public async Task A_file_with_a_damaged_footer_is_reported_as_corrupt()
    {
        var store = NewStore();
        var path = await WriteGoodAsync(store, "FOOT");
        var bytes = File.ReadAllBytes(path);
        for (var i = bytes.Length - 60; i < bytes.Length - 8; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(path, bytes);

        var problem = Assert.Single((await store.GetAvailabilityAsync("FOOT", OneMinute)).Problems);

        Assert.Equal(BarProblemKind.Corrupt, problem.Kind);
        Assert.Equal(path, problem.Path);
    }

    [Fact]
    public async Task A_file_with_damaged_pages_fails_the_read_with_the_file_named()
    {
        var store = NewStore();
        var path = await WriteGoodAsync(store, "PAGE", BarFileCompression.Zstd);
        var bytes = File.ReadAllBytes(path);
        for (var i = 64; i < bytes.Length / 2; i++)
        {
            bytes[i] = 0xFF;
        }

        File.WriteAllBytes(path, bytes);

        var failure = await ReadFailsAsync(store, "PAGE");

        Assert.Equal(path, failure.FilePath);
        Assert.Equal(BarProblemKind.Corrupt, failure.Kind);
        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_reported_and_its_read_fails()
    {
        var store = NewStore();
        var path = store.FilePath("EMPTY", OneMinute, 2024);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, []);

        var problem = Assert.Single((await store.GetAvailabilityAsync("EMPTY", OneMinute)).Problems);
        var failure = await ReadFailsAsync(store, "EMPTY");

        Assert.Equal(BarProblemKind.EmptyFile, problem.Kind);
        Assert.Contains("0 bytes", problem.Message, StringComparison.Ordinal);
        Assert.Equal(path, failure.FilePath);
    }

    [Fact]
    public async Task A_Parquet_file_with_no_rows_is_reported_and_reads_give_no_bars()
    {
        var store = NewStore();
        var path = store.FilePath("NOROWS", OneMinute, 2024);
        await using (var stream = CreateFile(path))
        {
            await ParquetBarWriter.WriteAsync(stream, ReadOnlyMemory<Bar>.Empty, OneMinute);
        }

        var problem = Assert.Single((await store.GetAvailabilityAsync("NOROWS", OneMinute)).Problems);
        var bars = await store.ReadAllAsync("NOROWS", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1));

        Assert.Equal(BarProblemKind.EmptyFile, problem.Kind);
        Assert.Contains("no rows", problem.Message, StringComparison.Ordinal);
        Assert.Empty(bars);
    }

    [Fact]
    public async Task A_file_without_a_volume_column_names_the_column_and_the_file()
    {
        var store = NewStore();
        var path = store.FilePath("NOVOL", OneMinute, 2024);
        DuckDbFiles.Copy("SELECT TIMESTAMP '2024-01-02 14:30:00' AS timestamp, 1.0 AS open, 1.0 AS high, 1.0 AS low, 1.0 AS close", path, string.Empty);

        var problem = Assert.Single((await store.GetAvailabilityAsync("NOVOL", OneMinute)).Problems);
        var failure = await ReadFailsAsync(store, "NOVOL");

        Assert.Equal(BarProblemKind.MissingColumn, problem.Kind);
        Assert.Contains("volume", problem.Message, StringComparison.Ordinal);
        Assert.Contains(path, problem.Message, StringComparison.Ordinal);
        Assert.Equal(BarProblemKind.MissingColumn, failure.Kind);
    }

    [Theory]
    [InlineData("'100.5' AS open", "open")]
    [InlineData("1.0::DOUBLE AS open, 'x' AS high", "high")]
    [InlineData("1.0::DOUBLE AS open, 1.0::DOUBLE AS high, 1.0::DOUBLE AS low, 1.0::DOUBLE AS close, TRUE AS volume, 1 AS x", "volume")]
    public async Task A_column_of_the_wrong_type_is_reported_with_its_name(string columns, string wrong)
    {
        var store = NewStore();
        var path = store.FilePath("TYPE", OneMinute, 2024);
        var all = new List<string> { "TIMESTAMP '2024-01-02 14:30:00' AS timestamp", columns };
        foreach (var name in new[] { "open", "high", "low", "close", "volume" })
        {
            if (!columns.Contains(" AS " + name, StringComparison.Ordinal))
            {
                all.Add("1.0::DOUBLE AS " + name);
            }
        }

        DuckDbFiles.Copy("SELECT " + string.Join(", ", all), path, string.Empty);

        var problem = Assert.Single((await store.GetAvailabilityAsync("TYPE", OneMinute)).Problems);

        Assert.Equal(BarProblemKind.WrongColumnType, problem.Kind);
        Assert.Contains("\"" + wrong + "\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains(path, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_timestamp_is_a_wrong_type()
    {
        var store = NewStore();
        var path = store.FilePath("TEXT", OneMinute, 2024);
        DuckDbFiles.Copy("SELECT '2024-01-02 14:30:00' AS timestamp, 1.0 AS open, 1.0 AS high, 1.0 AS low, 1.0 AS close, 1 AS volume", path, string.Empty);

        var problem = Assert.Single((await store.GetAvailabilityAsync("TEXT", OneMinute)).Problems);

        Assert.Equal(BarProblemKind.WrongColumnType, problem.Kind);
        Assert.Contains("text", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_root_is_reported_and_reads_fail_with_it_named()
    {
        var root = _root.Combine("does-not-exist");
        var store = NewStore(root);

        var availability = await store.GetAvailabilityAsync("AAPL", OneMinute);
        var listing = await store.ListSymbolsAsync(OneMinute);
        var failure = await ReadFailsAsync(store, "AAPL");
        var last = await Assert.ThrowsAsync<BarStoreException>(() => store.ReadLastAsync("AAPL", OneMinute, 10, Utc(2024, 1, 1)).AsTask());

        var problem = Assert.Single(availability.Problems);
        Assert.Equal(BarProblemKind.RootMissing, problem.Kind);
        Assert.Equal(root, problem.Path);
        Assert.Equal(BarProblemKind.RootMissing, Assert.Single(listing.Problems).Kind);
        Assert.Equal(root, failure.FilePath);
        Assert.Equal(BarProblemKind.RootMissing, last.Kind);
    }

    [Fact]
    public async Task A_root_that_is_a_file_is_reported_as_unreadable()
    {
        var root = _root.Combine("a-file");
        File.WriteAllText(root, "not a directory");
        var store = NewStore(root);

        var problem = Assert.Single((await store.GetAvailabilityAsync("AAPL", OneMinute)).Problems);
        var failure = await ReadFailsAsync(store, "AAPL");

        Assert.Equal(BarProblemKind.Unreadable, problem.Kind);
        Assert.Equal(root, problem.Path);
        Assert.Equal(BarProblemKind.Unreadable, failure.Kind);
    }

    [Fact]
    public async Task A_series_directory_that_is_a_file_is_reported_as_unreadable()
    {
        var store = NewStore();
        Directory.CreateDirectory(_root.Combine("interval=1m"));
        File.WriteAllText(_root.Combine("interval=1m", "symbol=AAPL"), "not a directory");

        var availability = await store.GetAvailabilityAsync("AAPL", OneMinute);

        var problem = Assert.Single(availability.Problems);
        Assert.Equal(BarProblemKind.Unreadable, problem.Kind);
        Assert.Equal(_root.Combine("interval=1m", "symbol=AAPL"), problem.Path);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("C:\\x")]
    public async Task Unsafe_symbols_never_become_paths(string symbol)
    {
        var store = NewStore(_root.Combine("store"));

        var availability = await store.GetAvailabilityAsync(symbol, OneMinute);
        var failure = await ReadFailsAsync(store, symbol);

        Assert.Equal(BarProblemKind.InvalidSymbol, Assert.Single(availability.Problems).Kind);
        Assert.Equal(BarProblemKind.InvalidSymbol, failure.Kind);
        Assert.Throws<ArgumentException>(() => store.FilePath(symbol, OneMinute, 2024));
        Assert.False(Directory.Exists(_root.Combine("store")));
    }

    [Fact]
    public async Task A_lower_case_symbol_folder_is_reported_with_the_name_to_rename_it_to()
    {
        var store = NewStore();
        var good = await WriteGoodAsync(store, "MSFT");
        var folder = _root.Combine("interval=1m", "symbol=aapl");
        Directory.CreateDirectory(folder);
        File.Copy(good, System.IO.Path.Combine(folder, "year=2024.parquet"));

        var availability = await store.GetAvailabilityAsync("AAPL", OneMinute);
        var coverage = await store.CheckCoverageAsync("aapl", OneMinute, Utc(2024, 1, 2, 14, 30), Utc(2024, 1, 2, 20, 59));
        var symbols = await store.ListSymbolsAsync(OneMinute);
        var intervals = await store.ListIntervalsAsync("AAPL");

        Assert.False(availability.HasData);
        var problem = Assert.Single(availability.Problems);
        Assert.Equal(BarProblemKind.MisnamedSymbol, problem.Kind);
        Assert.Equal(folder, problem.Path);
        Assert.Contains(folder, problem.Message, StringComparison.Ordinal);
        Assert.Contains("rename it to \"symbol=AAPL\"", problem.Message, StringComparison.Ordinal);
        Assert.False(coverage.Covered);
        Assert.Equal(new[] { "MSFT" }, symbols.Items);
        Assert.Equal(problem, Assert.Single(symbols.Problems));
        Assert.Empty(intervals.Items);
        Assert.Equal(problem, Assert.Single(intervals.Problems));
    }

    [Fact]
    public async Task A_lower_case_symbol_in_a_file_name_is_reported_too()
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path, PathTemplate = "{interval}/{symbol}.parquet" });
        File.Copy(await WriteGoodAsync(store, "MSFT"), _root.Combine("1m", "brk.b.parquet"));

        var availability = await store.GetAvailabilityAsync("BRK.B", OneMinute);

        var problem = Assert.Single(availability.Problems);
        Assert.Equal(BarProblemKind.MisnamedSymbol, problem.Kind);
        Assert.Contains("rename it to \"BRK.B.parquet\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_character_symbol_is_refused_with_its_length()
    {
        var store = NewStore();
        var symbol = new string('A', 200);

        var problem = Assert.Single((await store.GetAvailabilityAsync(symbol, OneMinute)).Problems);

        Assert.Equal(BarProblemKind.InvalidSymbol, problem.Kind);
        Assert.Contains("200 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_file_loses_nothing_already_loaded_and_the_store_keeps_working()
    {
        var store = NewStore();
        await WriteGoodAsync(store, "GOOD");
        var badPath = await WriteGoodAsync(store, "BAD");
        var loaded = await store.ReadAllAsync("GOOD", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1));
        var copy = loaded.ToArray();
        File.WriteAllBytes(badPath, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

        var failure = await ReadFailsAsync(store, "BAD");
        var again = await store.ReadAllAsync("GOOD", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1));

        Assert.Equal(badPath, failure.FilePath);
        Assert.Equal(copy, loaded);
        Assert.Equal(copy, again);

        // Repairing the file makes it readable again: the cached footer is not kept for a changed file.
        File.Delete(badPath);
        await WriteGoodAsync(store, "BAD");
        Assert.Equal(copy.Length, (await store.ReadAllAsync("BAD", OneMinute, Utc(2024, 1, 1), Utc(2024, 2, 1))).Count);
    }

    [Fact]
    public void Invalid_options_are_refused_with_reasons()
    {
        var errors = ParquetBarStore.Validate(new ParquetBarStoreOptions
        {
            RootDirectory = " ",
            PathTemplate = "../{symbol}.parquet",
            NaiveTimestampTimeZone = "Mars/Olympus",
        });

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("RootDirectory", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("\"..\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Mars/Olympus", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new ParquetBarStore(new ParquetBarStoreOptions()));
    }

    [Theory]
    [InlineData("{symbol}/{year}.parquet", "{interval}")]
    [InlineData("{interval}/{symbol}.csv", ".parquet")]
    [InlineData("{year}/{interval}/{symbol}.parquet", "file name")]
    [InlineData("/abs/{interval}/{symbol}.parquet", "relative")]
    [InlineData("{interval}{symbol}.parquet", "nothing between")]
    [InlineData("{interval}/{sym}.parquet", "unknown placeholder")]
    public void Bad_path_templates_are_refused(string template, string reason)
    {
        var errors = ParquetBarStore.Validate(new ParquetBarStoreOptions { RootDirectory = _root.Path, PathTemplate = template });

        Assert.Contains(reason, Assert.Single(errors), StringComparison.Ordinal);
    }

    private static FileStream CreateFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.Create(path);
    }
}
