using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Parquet;
using Parquet.Schema;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Data.Store;

namespace Provisioning.Benchmarks.History;

/// <summary>
/// Figure 1a: history loading throughput. A year of one-minute bars for four symbols (four files of twelve monthly row
/// groups, Snappy, written by <see cref="ParquetBarWriter"/>) read through <see cref="ParquetBarStore.ReadRangeAsync"/>,
/// against the same files read with Parquet.Net's column API into reused arrays. One operation is one bar.
/// </summary>
[Config(typeof(PerBarConfig))]
[MemoryDiagnoser]
public class HistoryLoadingBenchmarks
{
    /// <summary>Symbols read per operation.</summary>
    public const int Symbols = 4;

    private const int Bars = Symbols * BenchmarkData.MinuteBarsIn2024;

    private TemporaryBarStore? _files;
    private ParquetBarStore _store = null!;
    private ParquetBarStore _storeWithoutCalendar = null!;
    private IReadOnlyList<string> _symbols = [];
    private string[] _paths = [];
    private DateTime[] _times = [];
    private long[] _ticks = [];
    private double[] _values = [];

    /// <summary>Writes the files and checks that every way of reading them sees every bar.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _symbols = BenchmarkData.SymbolNames(Symbols);
        _files = await TemporaryBarStore.CreateAsync(BenchmarkData.YearOfMinutes(_symbols));
        try
        {
            await CheckAsync();
        }
        catch
        {
            Cleanup();
            throw;
        }
    }

    private async Task CheckAsync()
    {
        _store = _files!.OpenStore(withCalendar: true);
        _storeWithoutCalendar = _files!.OpenStore(withCalendar: false);
        _paths = [.. System.Linq.Enumerable.Select(_symbols, s => _store.FilePath(s, BenchmarkData.OneMinute, 2024))];
        const int largestRowGroup = 23 * 390;
        _times = new DateTime[largestRowGroup];
        _ticks = new long[largestRowGroup];
        _values = new double[largestRowGroup];

        Expect(nameof(StoreWithCalendar), await StoreWithCalendar());
        Expect(nameof(StoreWithoutCalendar), await StoreWithoutCalendar());
        Expect(nameof(RawParquetNet), await RawParquetNet());
        Expect(nameof(RawParquetNetInt64Timestamps), await RawParquetNetInt64Timestamps());
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => _files?.Dispose();

    /// <summary>
    /// The baseline: each file opened with <c>ParquetReader.CreateAsync</c>, each row group's six columns read with
    /// <c>ReadAsync&lt;T&gt;(field, Memory&lt;T&gt;)</c> as the file declares them (the timestamp as DateTime).
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Bars)]
    public async Task<long> RawParquetNet()
    {
        long rows = 0;
        foreach (var path in _paths)
        {
            await using var stream = Open(path);
            await using var reader = await ParquetReader.CreateAsync(stream);
            var fields = reader.Schema.GetDataFields();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                await group.ReadAsync<DateTime>(fields[0], _times.AsMemory(0, count), null, default);
                for (var column = 1; column < fields.Length; column++)
                {
                    await group.ReadAsync<double>(fields[column], _values.AsMemory(0, count), null, default);
                }

                rows += count;
            }
        }

        return rows;
    }

    /// <summary>The raw read with the timestamp column read as its physical INT64 (as the store reads it): the floor.</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public async Task<long> RawParquetNetInt64Timestamps()
    {
        long rows = 0;
        foreach (var path in _paths)
        {
            await using var stream = Open(path);
            await using var reader = await ParquetReader.CreateAsync(stream);
            var fields = reader.Schema.GetDataFields();
            var timestamp = new DataField<long>(fields[0].Name, fields[0].IsNullable);
            _ = new ParquetSchema(timestamp);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                await group.ReadAsync<long>(timestamp, _ticks.AsMemory(0, count), null, default);
                for (var column = 1; column < fields.Length; column++)
                {
                    await group.ReadAsync<double>(fields[column], _values.AsMemory(0, count), null, default);
                }

                rows += count;
            }
        }

        return rows;
    }

    /// <summary>The store as a session uses it: XNYS calendar (bars outside sessions dropped), every row checked, bars built.</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public Task<long> StoreWithCalendar() => ReadAsync(_store);

    /// <summary>The store without a calendar: rows checked and bars built, no session filter.</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public Task<long> StoreWithoutCalendar() => ReadAsync(_storeWithoutCalendar);

    private async Task<long> ReadAsync(ParquetBarStore store)
    {
        long bars = 0;
        foreach (var symbol in _symbols)
        {
            await foreach (var batch in store.ReadRangeAsync(symbol, BenchmarkData.OneMinute, BenchmarkData.Year2024, BenchmarkData.Year2025))
            {
                bars += batch.Length;
            }
        }

        return bars;
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);

    private static void Expect(string benchmark, long bars)
    {
        if (bars != Bars)
        {
            throw new InvalidOperationException($"{benchmark} read {bars} bars; the files hold {Bars}.");
        }
    }
}
