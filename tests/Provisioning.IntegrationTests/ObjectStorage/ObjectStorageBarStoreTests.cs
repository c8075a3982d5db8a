using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3.Model;
using Parquet;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Data.Store.ObjectStorage;

namespace Provisioning.IntegrationTests.ObjectStorage;

/// <summary>
/// The object-storage bar store against s3rver on loopback, over a year file written by the store's own writer
/// (<see cref="YearOfMinuteBars"/>). Each test has its own bucket and store. Expected bars come from the bars written;
/// expected byte counts from the file's own bytes (its footer length and the row group's column-chunk offsets).
/// </summary>
[Collection(S3rverCollection.Name)]
public sealed class ObjectStorageBarStoreTests(S3rverFixture server, YearOfMinuteBars year, Xunit.Abstractions.ITestOutputHelper output)
    : IClassFixture<YearOfMinuteBars>
{
    private const int BlockSize = 64 * 1024;
    private static readonly DateTime YearStart = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime YearEnd = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // Ten weekday sessions before Friday 2024-06-21: June 7, 10-14 and 17-20, all in June's row group.
    private static readonly DateTime WarmupEnd = new(2024, 6, 21, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Bars_written_by_the_store_s_writer_read_back_bar_for_bar()
    {
        var (store, _, bucket) = await StoreWithYearAsync("warehouse/v1/");
        var expectedName = "s3://" + bucket + "/warehouse/v1/interval=1m/symbol=AAPL/year=2024.parquet";

        var read = (await store.ReadRangeAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute, YearStart, YearEnd).ToListAsync())
            .SelectMany(batch => batch.ToArray()).ToArray();
        Assert.Equal(year.Bars.Length, read.Length);
        Assert.Equal(year.Bars, read);

        var availability = await store.GetAvailabilityAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute);
        Assert.Empty(availability.Problems);
        Assert.Equal(1, availability.Files);
        Assert.Equal(102_180, availability.Rows); // 262 weekdays in 2024 (366 days from a Monday: 52 weeks and a Monday and Tuesday) x 390
        Assert.Equal(year.Bars[0].Start, availability.FirstBarUtc);
        Assert.Equal(year.Bars[^1].Start, availability.LastBarUtc);
        Assert.Equal(["AAPL"], (await store.ListSymbolsAsync(YearOfMinuteBars.Minute)).Items.ToArray());
        Assert.Equal([YearOfMinuteBars.Minute], (await store.ListIntervalsAsync("aapl")).Items.ToArray());
        Assert.Equal("s3://" + bucket + "/warehouse/v1", store.Root);
        Assert.Equal(expectedName, store.FilePath("AAPL", YearOfMinuteBars.Minute, 2024).Replace(Path.DirectorySeparatorChar, '/'));
    }

    [Fact]
    public async Task Bars_written_by_DuckDB_read_back_bar_for_bar()
    {
        // The Core tests' DuckDB fixture: one-minute bars of the 15 weekday sessions from 2024-01-02 to 2024-01-22,
        // 14:30 to 21:00 UTC; bar i has open 100 + i/100, high open + 1, low open - 1, close open + 0.5, volume 1000 + i.
        var folder = Path.Combine(Path.GetTempPath(), "prv-duck-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Provisioning.Core.Tests.Data.Support.DuckDbFiles.Copy(
                $"SELECT t AS timestamp, {Provisioning.Core.Tests.Data.Support.DuckDbFiles.Open} AS open, {Provisioning.Core.Tests.Data.Support.DuckDbFiles.Open} + 1 AS high, "
                + $"{Provisioning.Core.Tests.Data.Support.DuckDbFiles.Open} - 1 AS low, {Provisioning.Core.Tests.Data.Support.DuckDbFiles.Open} + 0.5 AS close, "
                + $"(1000 + i)::BIGINT AS volume FROM ({Provisioning.Core.Tests.Data.Support.DuckDbFiles.MinuteBars}) ORDER BY t",
                Path.Combine(folder, "interval=1m", "symbol=MSFT", "year=2024.parquet"),
                "COMPRESSION zstd, ROW_GROUP_SIZE 2048");
            var bucket = await server.NewBucketAsync();
            await server.UploadTreeAsync(folder, bucket, string.Empty);
            var store = ObjectStorageBarStore.Create(new ObjectStorageRoot(bucket, string.Empty), server.Client(), server.Options(), null, null, out _);

            var read = (await store.ReadRangeAsync("MSFT", YearOfMinuteBars.Minute, YearStart, YearEnd).ToListAsync()).SelectMany(b => b.ToArray()).ToArray();

            var expected = new System.Collections.Generic.List<Bar>();
            for (var day = new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc); day <= new DateTime(2024, 1, 22, 0, 0, 0, DateTimeKind.Utc); day = day.AddDays(1))
            {
                for (var m = 0; day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && m < 390; m++)
                {
                    var open = 100 + (expected.Count / 100.0);
                    expected.Add(new Bar(day.AddMinutes(870 + m), open, open + 1, open - 1, open + 0.5, 1000 + expected.Count));
                }
            }

            Assert.Equal(15 * 390, expected.Count);
            Assert.Equal(expected.Count, read.Length);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Start, read[i].Start);
                Assert.Equal(expected[i].Open, read[i].Open, 1e-9);
                Assert.Equal(expected[i].High, read[i].High, 1e-9);
                Assert.Equal(expected[i].Low, read[i].Low, 1e-9);
                Assert.Equal(expected[i].Close, read[i].Close, 1e-9);
                Assert.Equal(expected[i].Volume, read[i].Volume);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_ten_session_warm_up_fetches_the_footer_and_one_row_group_not_the_object()
    {
        var (store, source, _) = await StoreWithYearAsync(string.Empty);
        var statistics = new BarReadStatistics();

        var warmup = await store.ReadLastAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute, 10 * 390, WarmupEnd, statistics);

        var expected = year.Bars.Where(b => b.Start < WarmupEnd).TakeLast(3900).ToArray();
        Assert.Equal(expected, warmup);
        Assert.Equal(new DateTime(2024, 6, 7, 14, 30, 0, DateTimeKind.Utc), warmup[0].Start);
        Assert.Equal(1, statistics.Snapshot().RowGroupsRead);

        var bytes = await File.ReadAllBytesAsync(year.FilePath);
        var footer = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 8, 4)) + 8;
        var june = await RowGroupBytesAsync(year.FilePath, 5);
        // The blocks that hold the footer, and those that hold June's column chunks (a block either side at most).
        var allowed = RoundUp(footer + (bytes.Length % BlockSize)) + RoundUp(june) + BlockSize;
        output.WriteLine($"object {bytes.Length} B, footer {footer} B, June {june} B; fetched {source.Requests.BytesFetched} B in {source.Requests.Gets} GETs (allowed {allowed} B)");
        Assert.Equal(1, source.Requests.Lists);
        Assert.InRange(source.Requests.BytesFetched, footer, allowed);
        Assert.True(source.Requests.BytesFetched < bytes.Length / 4, $"fetched {source.Requests.BytesFetched} of {bytes.Length} bytes");
        Assert.InRange(source.Requests.Gets, 2, 2 + 6); // the footer, then at most a GET per column chunk of June

        // Warm: the same warm-up again is served from the footer cache and the block cache.
        var gets = source.Requests.Gets;
        Assert.Equal(expected, await store.ReadLastAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute, 10 * 390, WarmupEnd));
        Assert.Equal(gets, source.Requests.Gets);
        Assert.Equal(1, source.Requests.Lists);
    }

    [Fact]
    public async Task The_block_cache_keeps_at_most_its_capacity_while_a_whole_year_passes_through()
    {
        var options = server.Options();
        options.CachedBlocks = 4;
        var (store, source, _) = await StoreWithYearAsync(string.Empty, options);

        var read = 0;
        await foreach (var batch in store.ReadRangeAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute, YearStart, YearEnd))
        {
            read += batch.Length;
            Assert.InRange(source.Blocks.Count, 1, 4);
        }

        var length = new FileInfo(year.FilePath).Length;
        Assert.Equal(year.Bars.Length, read);
        Assert.True(source.Requests.BytesFetched >= length * 9 / 10, $"fetched {source.Requests.BytesFetched} of {length}");
        Assert.InRange(source.Blocks.Count, 1, 4);
        Assert.InRange(source.Blocks.Bytes, 1, 4L * BlockSize);
    }

    [Fact]
    public async Task An_object_removed_after_it_was_listed_gives_an_error_naming_it()
    {
        var (store, _, bucket) = await StoreWithYearAsync(string.Empty);
        Assert.Empty((await store.GetAvailabilityAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute)).Problems);
        using (var client = server.Client())
        {
            await client.DeleteObjectAsync(bucket, "interval=1m/symbol=AAPL/year=2024.parquet");
        }

        var error = await Assert.ThrowsAsync<BarStoreException>(() => ReadJuneAsync(store));

        var name = "s3://" + bucket + "/interval=1m/symbol=AAPL/year=2024.parquet";
        Assert.Equal(name, error.FilePath);
        Assert.Equal(BarProblemKind.Unreadable, error.Kind);
        Assert.Contains("\"" + name + "\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("no longer exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_object_gives_an_error_naming_it()
    {
        var bucket = await server.NewBucketAsync();
        var bytes = await File.ReadAllBytesAsync(year.FilePath);
        using (var client = server.Client())
        {
            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucket,
                Key = "interval=1m/symbol=AAPL/year=2024.parquet",
                InputStream = new MemoryStream(bytes, 0, bytes.Length / 2),
                UseChunkEncoding = false, // s3rver stores aws-chunked bodies as they come
            });
        }

        var store = ObjectStorageBarStore.Create(new ObjectStorageRoot(bucket, string.Empty), server.Client(), server.Options(), null, null, out _);
        var name = "s3://" + bucket + "/interval=1m/symbol=AAPL/year=2024.parquet";

        var error = await Assert.ThrowsAsync<BarStoreException>(() => ReadJuneAsync(store));
        Assert.Equal(name, error.FilePath);
        Assert.Equal(BarProblemKind.Corrupt, error.Kind);
        Assert.Contains("\"" + name + "\" is not a readable Parquet file", error.Message, StringComparison.Ordinal);

        var problem = Assert.Single((await store.GetAvailabilityAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute)).Problems);
        Assert.Equal(name, problem.Path);
    }

    [Fact]
    public async Task A_connection_dropped_mid_read_is_retried_then_gives_an_error_naming_the_object_and_the_store_recovers()
    {
        using var proxy = new DroppingProxy(server.Port);
        var bucket = await server.NewBucketAsync();
        await server.UploadTreeAsync(year.Folder, bucket, string.Empty);
        var store = ObjectStorageBarStore.Create(
            new ObjectStorageRoot(bucket, string.Empty), server.Client(proxy.Endpoint), server.Options(proxy.Endpoint), null, null, out var source);
        Assert.Empty((await store.GetAvailabilityAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute)).Problems);

        proxy.Armed = true;
        var error = await Assert.ThrowsAsync<BarStoreException>(() => ReadJuneAsync(store));

        var name = "s3://" + bucket + "/interval=1m/symbol=AAPL/year=2024.parquet";
        Assert.Equal(name, error.FilePath);
        Assert.Equal(BarProblemKind.Unreadable, error.Kind);
        Assert.Contains("\"" + name + "\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 2 tries", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, source.Requests.Retries);
        Assert.True(proxy.Drops >= 2, "drops: " + proxy.Drops);

        // Nothing was lost: with the network back, the same read gives June's bars.
        proxy.Armed = false;
        var june = await ReadJuneAsync(store);
        Assert.Equal(year.Bars.Where(b => b.Start.Month == 6).ToArray(), june);
    }

    [Fact]
    public async Task A_missing_bucket_is_a_missing_root_named_by_its_uri()
    {
        var store = ObjectStorageBarStore.Create(new ObjectStorageRoot("no-such-bucket-here", "p/"), server.Client(), server.Options(), null, null, out _);

        var availability = await store.GetAvailabilityAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute);
        var problem = Assert.Single(availability.Problems);
        Assert.Equal(BarProblemKind.RootMissing, problem.Kind);
        Assert.Equal("s3://no-such-bucket-here/p", problem.Path);
        var error = await Assert.ThrowsAsync<BarStoreException>(() => ReadJuneAsync(store));
        Assert.Equal(BarProblemKind.RootMissing, error.Kind);
    }

    [Fact]
    public async Task A_cancelled_read_stops_without_fetching()
    {
        var (store, source, _) = await StoreWithYearAsync(string.Empty);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.ReadLastAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute, 100, WarmupEnd, null, cancelled.Token).AsTask());
        Assert.Equal(0, source.Requests.Gets);
    }

    private async Task<Bar[]> ReadJuneAsync(ParquetBarStore store)
    {
        var june = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        return (await store.ReadRangeAsync(YearOfMinuteBars.Symbol, YearOfMinuteBars.Minute, june, june.AddMonths(1)).ToListAsync())
            .SelectMany(batch => batch.ToArray()).ToArray();
    }

    private async Task<(ParquetBarStore Store, ObjectStorageBarFileSource Source, string Bucket)> StoreWithYearAsync(string prefix, ObjectStorageOptions? options = null)
    {
        var bucket = await server.NewBucketAsync();
        await server.UploadTreeAsync(year.Folder, bucket, prefix);
        var store = ObjectStorageBarStore.Create(new ObjectStorageRoot(bucket, prefix), server.Client(), options ?? server.Options(), null, null, out var source);
        return (store, source, bucket);
    }

    /// <summary>The bytes from the first to the last byte of a row group's column chunks, from the file's own metadata.</summary>
    private static async Task<long> RowGroupBytesAsync(string path, int index)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var group = reader.Metadata!.RowGroups[index];
        var first = group.Columns.Min(c => Start(c.MetaData!));
        var last = group.Columns.Max(c => Start(c.MetaData!) + c.MetaData!.TotalCompressedSize);
        return last - first;

        static long Start(Parquet.Meta.ColumnMetaData column) =>
            column.DictionaryPageOffset is > 0 and var dictionary ? Math.Min(dictionary, column.DataPageOffset) : column.DataPageOffset;
    }

    private static long RoundUp(long bytes) => ((bytes + BlockSize - 1) / BlockSize) * BlockSize;
}
