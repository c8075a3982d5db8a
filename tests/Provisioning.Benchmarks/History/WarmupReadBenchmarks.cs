using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Data;
using Provisioning.Data.Store;

namespace Provisioning.Benchmarks.History;

/// <summary>
/// Figure 1b: a warm-up read of ten sessions (3,900 one-minute bars, 2024-06-03 to 2024-06-14) from a file holding the
/// year in twelve monthly row groups, against reading the whole year. Row-group statistics let the store read one row
/// group of twelve; the set-up checks that it does.
/// </summary>
[Config(typeof(RatioConfig))]
[MemoryDiagnoser]
public class WarmupReadBenchmarks
{
    private const int WarmupBars = 10 * 390;
    private static readonly DateTime From = new(2024, 6, 3, 13, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2024, 6, 14, 20, 0, 0, DateTimeKind.Utc);

    private TemporaryBarStore? _files;
    private ParquetBarStore _store = null!;
    private string _symbol = string.Empty;

    /// <summary>Writes one symbol's year and checks the reads.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        var symbols = BenchmarkData.SymbolNames(1);
        _symbol = symbols[0];
        _files = await TemporaryBarStore.CreateAsync(BenchmarkData.YearOfMinutes(symbols));
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
        Expect(nameof(WholeYear), await WholeYear(), BenchmarkData.MinuteBarsIn2024);
        Expect(nameof(TenSessionsByRange), await TenSessionsByRange(), WarmupBars);
        Expect(nameof(TenSessionsByCount), await TenSessionsByCount(), WarmupBars);

        var statistics = new BarReadStatistics();
        await foreach (var _ in _store.ReadRangeAsync(_symbol, BenchmarkData.OneMinute, From, To, statistics))
        {
        }

        var counts = statistics.Snapshot();
        if (counts.RowGroupsRead != 1 || counts.RowGroupsSkipped != 11)
        {
            throw new InvalidOperationException($"The ten-session read read {counts.RowGroupsRead} row groups and skipped {counts.RowGroupsSkipped}; expected 1 and 11.");
        }
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => _files?.Dispose();

    /// <summary>The baseline: every bar of the year.</summary>
    [Benchmark(Baseline = true)]
    public Task<long> WholeYear() => CountAsync(BenchmarkData.Year2024, BenchmarkData.Year2025);

    /// <summary>The ten sessions, by time range (<see cref="ParquetBarStore.ReadRangeAsync"/>).</summary>
    [Benchmark]
    public Task<long> TenSessionsByRange() => CountAsync(From, To);

    /// <summary>The last 3,900 bars before the end of the tenth session (<see cref="ParquetBarStore.ReadLastAsync"/>, reading backwards).</summary>
    [Benchmark]
    public async Task<long> TenSessionsByCount() =>
        (await _store.ReadLastAsync(_symbol, BenchmarkData.OneMinute, WarmupBars, To)).Length;

    private async Task<long> CountAsync(DateTime from, DateTime to)
    {
        long bars = 0;
        await foreach (var batch in _store.ReadRangeAsync(_symbol, BenchmarkData.OneMinute, from, to))
        {
            bars += batch.Length;
        }

        return bars;
    }

    private static void Expect(string benchmark, long bars, long expected)
    {
        if (bars != expected)
        {
            throw new InvalidOperationException($"{benchmark} read {bars} bars; expected {expected}.");
        }
    }
}
