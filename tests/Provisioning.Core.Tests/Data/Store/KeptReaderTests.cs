using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Data.Store;

/// <summary>
/// The store keeps the reader Step 0's footer check opened, and each read's reader after it, for the next read of the
/// same file: the bars are those written, a rewritten file is read afresh, and no more readers are kept than the bound.
/// </summary>
public sealed class KeptReaderTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private readonly TempDirectory _root = new();
    private readonly FixedUtcCalendar _calendar = new(holidays: []);

    public void Dispose() => _root.Dispose();

    private ParquetBarStore NewStore() => new(new ParquetBarStoreOptions { RootDirectory = _root.Path });

    [Fact]
    public async Task Step_0s_reader_serves_the_reads_after_it_with_the_bars_written()
    {
        var written = await WriteAsync(NewStore(), new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 15));
        var store = NewStore();
        var pool = store.KeptReaderPool!;

        await store.GetAvailabilityAsync("AAPL", OneMinute);
        Assert.Equal(1, pool.Count);
        var first = await store.ReadAllAsync("AAPL", OneMinute, BarReading.Utc(2024, 3, 6), BarReading.Utc(2024, 3, 8));
        var second = await store.ReadAllAsync("AAPL", OneMinute, BarReading.Utc(2024, 3, 4), BarReading.Utc(2024, 3, 16));

        Assert.Equal(2, pool.Reused);
        Assert.Equal(1, pool.Count);
        Assert.Equal(Between(written, BarReading.Utc(2024, 3, 6), BarReading.Utc(2024, 3, 8)), first);
        Assert.Equal(written, second);
    }

    [Fact]
    public async Task A_file_rewritten_after_a_read_is_read_afresh_not_from_the_kept_reader()
    {
        await WriteAsync(NewStore(), new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 8));
        var store = NewStore();
        var before = await store.ReadAllAsync("AAPL", OneMinute, BarReading.Utc(2024, 3, 1), BarReading.Utc(2024, 4, 1));
        Assert.Equal(1, store.KeptReaderPool!.Count);

        // Another store writes it, so this one is not told: only the file's length and time show the change.
        var rewritten = await WriteAsync(NewStore(), new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 22));
        var after = await store.ReadAllAsync("AAPL", OneMinute, BarReading.Utc(2024, 3, 1), BarReading.Utc(2024, 4, 1));

        Assert.Equal(5 * 390, before.Count);
        Assert.Equal(rewritten, after);

        // Each read was served by the reader its own footer check opened; the old file's reader was closed.
        Assert.Equal(2, store.KeptReaderPool.Reused);
        Assert.Equal(1, store.KeptReaderPool.Count);
    }

    [Fact]
    public async Task The_pool_keeps_at_most_its_capacity_and_closes_the_oldest()
    {
        await WriteAsync(NewStore(), new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 5));
        var path = Directory.GetFiles(_root.Path, "*.parquet", SearchOption.AllDirectories).Single();
        var version = new BarFileVersion(new FileInfo(path).Length, "test");
        var pool = new IdleReaderPool(capacity: 4);
        var streams = new List<Stream>();
        for (var i = 0; i < 10; i++)
        {
            var stream = File.OpenRead(path);
            streams.Add(stream);
            pool.Return(path, version, await ParquetReader.CreateAsync(stream, leaveStreamOpen: false));
        }

        Assert.Equal(4, pool.Count);
        Assert.All(streams.Take(6), s => Assert.False(s.CanRead));
        Assert.All(streams.Skip(6), s => Assert.True(s.CanRead));

        // Another version of the file is never handed out; asking for it closes the kept readers of the old one.
        Assert.Null(pool.TryTake(path, version with { Stamp = "rewritten" }));
        Assert.Equal(0, pool.Count);
        Assert.All(streams, s => Assert.False(s.CanRead));
    }

    private async Task<Bar[]> WriteAsync(ParquetBarStore store, DateOnly from, DateOnly to)
    {
        var bars = SyntheticBars.Minutes(_calendar, from, to);
        await new ParquetBarWriter(store).WriteAsync("AAPL", OneMinute, bars);
        return bars;
    }

    private static Bar[] Between(Bar[] bars, DateTime fromUtc, DateTime toUtc) =>
        [.. bars.Where(b => b.Start >= fromUtc && b.Start < toUtc)];
}
