using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Parquet;
using Provisioning.Aggregation;
using Provisioning.Benchmarks.Data;
using Provisioning.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Data.Store;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Session;
using Provisioning.Steps;
using Provisioning.Execution;

namespace Provisioning.Benchmarks.Burst;

/// <summary>
/// Figure 2: a scanner adds 500 symbols (20 in the smoke run) at 11:00 New York on Tuesday 2024-12-03, while a session
/// runs with ten config symbols streaming 1m, each with SMA(20)@5m, RSI(14)@15m and EMA(50)@1h in that order, all
/// 1,500 additions at once through <see cref="SessionCoordinator.AddIndicatorAsync(string, string, IReadOnlyList{IndicatorParameter}, string, ProvisionSource, CancellationToken)"/>:
/// the time until every indicator is registered and ready. The baseline reads the same one-minute bars with
/// Parquet.Net's column API, in parallel over the symbols: the row groups holding the bars the session loads (the
/// files hold the sessions the warm-ups touch, 2024-11-11 to 2024-12-03). The replay clock stands at 11:00
/// during the burst, so every run does the same work; each run starts a new session with a new store (no cached footers).
/// A second burst adds each symbol's indicators longest warm-up first, so one history load serves all three.
/// <see cref="HandWrittenReadAndWarm"/> is the least work any tool must do for the burst: the same raw read, each row
/// made a bar, and per symbol a 5m, 15m and 1h <see cref="BarAggregator"/> pushed the bars of its indicator's warm-up
/// window with the indicator subscribed (its values are checked equal to the burst's).
/// </summary>
[Config(typeof(RatioConfig))]
[MemoryDiagnoser]
[InvocationCount(1, 1)] // The burst needs a new session per run (iteration set-up), so the baseline runs the same way.
public class MidSessionBurstBenchmarks
{
    // The same additions, longest warm-up first: the first loads every bar the other two need.
    private static readonly (string Name, IndicatorParameter[] Parameters, string Interval)[] LongestFirst = [.. BurstSession.PerSymbol.Reverse()];

    private TemporaryBarStore? _files;
    private BurstSession _session = null!;
    private IReadOnlyList<string> _burstSymbols = [];
    private (string Path, long FromTicks, long ToTicks)[] _needed = [];
    private long _neededBars;
    private DateTime[][] _warmupFrom = [];
    private double[][] _burstValues = [];

    /// <summary>The session of the burst (for the phase driver, after <see cref="SetupAsync"/>).</summary>
    internal BurstSession Session => _session;

    /// <summary>The files of the burst (for the phase driver, after <see cref="SetupAsync"/>).</summary>
    internal TemporaryBarStore Files => _files!;

    /// <summary>The symbols added in the burst (for the phase driver, after <see cref="SetupAsync"/>).</summary>
    internal IReadOnlyList<string> BurstSymbols => _burstSymbols;

    /// <summary>Each burst symbol's loaded range, in the order of <see cref="BurstSymbols"/> (after <see cref="SetupAsync"/>).</summary>
    internal IReadOnlyList<(string Path, long FromTicks, long ToTicks)> Needed => _needed;

    /// <summary>Symbols added in the burst.</summary>
    public static int Symbols => SmokeMode.IsOn ? 20 : 500;

    /// <summary>Symbols of the session config, streaming before the burst.</summary>
    public static int ConfigSymbols => SmokeMode.IsOn ? 2 : 10;

    /// <summary>
    /// Writes the files, then runs one burst to check that every addition succeeds and to learn the history each symbol
    /// loads, and checks that the raw read finds exactly those bars.
    /// </summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        (_session, _files, _burstSymbols) = await BurstSession.CreateAsync(ConfigSymbols, Symbols);
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
        var store = _files!.OpenStore(withCalendar: true);
        _session.Start(store);
        var results = await _session.AddAllAsync(_burstSymbols, BurstSession.PerSymbol);

        // Each indicator's warm-up start (its registration in the plan) and its value after the burst, for the hand-written path.
        var bySymbol = results.ToLookup(r => r.Requirements.Symbol);
        _warmupFrom = [.. _burstSymbols.Select(s => PerSymbolResults(bySymbol[s]).Select(r => WarmupFrom(r)).ToArray())];
        _burstValues = [.. _burstSymbols.Select(s => PerSymbolResults(bySymbol[s]).Select(r => _session.IndicatorValue(s, r.Requirements.IndicatorKey!)).ToArray())];
        StopSession();

        // How often the reader Step 0 opened served the reads after it (told, not checked: it depends on the interleaving).
        var counts = store.Statistics.Snapshot();
        Console.WriteLine($"// burst check: {counts.FootersRead} footers parsed by Step 0, {counts.FilesOpened} reads, "
            + $"{store.KeptReaderPool?.Reused ?? 0} of them served by a kept reader");
        // Additions of a symbol planned together share their load: each load counted once.
        var loads = results.SelectMany(r => r.Plan.Steps.OfType<LoadHistorical>()).Distinct().ToLookup(s => s.Symbol);
        _needed = [.. _burstSymbols.Select(s => (
            store.FilePath(s, BenchmarkData.OneMinute, 2024),
            loads[s].Min(l => l.FromUtc).Ticks,
            loads[s].Max(l => l.ToUtc).Ticks))];
        _neededBars = loads.Sum(l => l.Sum(s => (long)s.Bars));
        var raw = await RawRead();
        if (raw != _neededBars)
        {
            throw new InvalidOperationException($"The raw read found {raw} bars in the loaded ranges; the session loaded {_neededBars}.");
        }

        var byHand = new double[_needed.Length][];
        await Parallel.ForEachAsync(Enumerable.Range(0, _needed.Length), async (i, cancellationToken) => byHand[i] = await WarmByHandAsync(i, cancellationToken));
        for (var i = 0; i < byHand.Length; i++)
        {
            if (!byHand[i].SequenceEqual(_burstValues[i]))
            {
                throw new InvalidOperationException($"{_burstSymbols[i]}: by hand SMA, RSI, EMA = {string.Join(", ", byHand[i])}; the burst's {string.Join(", ", _burstValues[i])}.");
            }
        }
    }

    // A symbol's results in the order of BurstSession.PerSymbol (SMA@5m, RSI@15m, EMA@1h).
    private static AdditionResult[] PerSymbolResults(IEnumerable<AdditionResult> results) =>
        [.. BurstSession.PerSymbol.Select(p => results.Single(r => r.Requirements.Indicator!.Name == p.Name))];

    private static DateTime WarmupFrom(AdditionResult result) =>
        result.Plan.Steps.OfType<RegisterIndicator>().Single().WarmupFromUtc
        ?? throw new InvalidOperationException($"{result.Requirements.Symbol}: the registration names no warm-up start.");

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => _files?.Dispose();

    /// <summary>A new session at 11:00 with its config symbols loaded and its delivery loop running.</summary>
    [IterationSetup(Targets = [nameof(Burst), nameof(BurstLongestWarmupFirst)])]
    public void StartSession() => _session.Start(_files!.OpenStore(withCalendar: true));

    /// <summary>
    /// A new session at 11:00 that runs each addition alone, over a store that opens its file for every read: the code
    /// before additions were planned together and readers kept.
    /// </summary>
    [IterationSetup(Target = nameof(BurstOneAtATime))]
    public void StartSessionOneAtATime() => _session.Start(StoreOpeningEveryRead(), batchLimit: 1);

    /// <summary>A new session at 11:00 that plans additions together, over a store that opens its file for every read.</summary>
    [IterationSetup(Target = nameof(BurstWithoutKeptReaders))]
    public void StartSessionWithoutKeptReaders() => _session.Start(StoreOpeningEveryRead());

    /// <summary>Stops the session's delivery loop.</summary>
    [IterationCleanup(Targets = [nameof(Burst), nameof(BurstLongestWarmupFirst), nameof(BurstOneAtATime), nameof(BurstWithoutKeptReaders)])]
    public void StopSession() => _session.Stop();

    /// <summary>The baseline: the bars the session loads, read raw in parallel (one task per symbol file).</summary>
    [Benchmark(Baseline = true)]
    public async Task<long> RawRead()
    {
        long total = 0;
        await Parallel.ForEachAsync(_needed, async (file, cancellationToken) =>
        {
            var bars = await ReadRawAsync(file.Path, file.FromTicks, file.ToTicks, cancellationToken);
            Interlocked.Add(ref total, bars);
        });

        return total;
    }

    /// <summary>
    /// The least work any tool must do for the burst, by hand: the raw read of the same ranges, each row a bar, pushed
    /// into a 5m, 15m and 1h aggregator from its indicator's warm-up start, SMA(20), RSI(14) and EMA(50) subscribed.
    /// </summary>
    [Benchmark]
    public async Task<double> HandWrittenReadAndWarm()
    {
        double total = 0;
        var gate = new Lock();
        await Parallel.ForEachAsync(Enumerable.Range(0, _needed.Length), async (i, cancellationToken) =>
        {
            var values = await WarmByHandAsync(i, cancellationToken);
            lock (gate)
            {
                total += values.Sum();
            }
        });

        return total;
    }

    /// <summary>The 1,500 additions at once, until every one has succeeded and its indicator is ready.</summary>
    [Benchmark]
    public Task<int> Burst() => _session.BurstAsync(_burstSymbols, BurstSession.PerSymbol);

    /// <summary>The same burst with each addition run alone (one Step 0, plan, load and commit per addition), every read opening its file.</summary>
    [Benchmark]
    public Task<int> BurstOneAtATime() => _session.BurstAsync(_burstSymbols, BurstSession.PerSymbol);

    /// <summary>The same burst, additions planned together, every read opening its file (no reader kept from Step 0).</summary>
    [Benchmark]
    public Task<int> BurstWithoutKeptReaders() => _session.BurstAsync(_burstSymbols, BurstSession.PerSymbol);

    /// <summary>The same burst with each symbol's additions in the order EMA(50)@1h, RSI(14)@15m, SMA(20)@5m.</summary>
    [Benchmark]
    public Task<int> BurstLongestWarmupFirst() => _session.BurstAsync(_burstSymbols, LongestFirst);

    private ParquetBarStore StoreOpeningEveryRead()
    {
        var store = _files!.OpenStore(withCalendar: true);
        store.StopKeepingReaders();
        return store;
    }

    // Symbol i's bars read raw and pushed into its three aggregators, each from its indicator's warm-up start; the
    // indicators' values once the aggregators are advanced to the end of the range.
    private async Task<double[]> WarmByHandAsync(int i, CancellationToken cancellationToken)
    {
        var (path, fromTicks, toTicks) = _needed[i];
        var warmupFrom = _warmupFrom[i];
        IIndicator[] indicators = [new Sma(20), new Rsi(14), new Ema(50)];
        Interval[] intervals = [Interval.Minutes(5), Interval.Minutes(15), Interval.Hours(1)];
        var aggregators = new BarAggregator[3];
        for (var k = 0; k < 3; k++)
        {
            aggregators[k] = new BarAggregator(BenchmarkData.Calendar, BenchmarkData.OneMinute, intervals[k]);
            aggregators[k].Subscribe(indicators[k]);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        await using var reader = await ParquetReader.CreateAsync(stream, null, false, cancellationToken);
        var fields = reader.Schema.GetDataFields();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var times = ArrayPool<DateTime>.Shared.Rent(count);
            var columns = new double[5][];
            try
            {
                await group.ReadAsync<DateTime>(fields[0], times.AsMemory(0, count), null, cancellationToken);
                for (var column = 0; column < 5; column++)
                {
                    columns[column] = ArrayPool<double>.Shared.Rent(count);
                    await group.ReadAsync<double>(fields[column + 1], columns[column].AsMemory(0, count), null, cancellationToken);
                }

                for (var row = 0; row < count; row++)
                {
                    var ticks = times[row].Ticks;
                    if (ticks < fromTicks || ticks >= toTicks)
                    {
                        continue;
                    }

                    var bar = new Bar(new DateTime(ticks, DateTimeKind.Utc), columns[0][row], columns[1][row], columns[2][row], columns[3][row], columns[4][row]);
                    for (var k = 0; k < 3; k++)
                    {
                        if (ticks >= warmupFrom[k].Ticks)
                        {
                            aggregators[k].Push(in bar);
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<DateTime>.Shared.Return(times);
                foreach (var column in columns)
                {
                    if (column is not null)
                    {
                        ArrayPool<double>.Shared.Return(column);
                    }
                }
            }
        }

        var end = new DateTime(toTicks, DateTimeKind.Utc);
        var values = new double[3];
        for (var k = 0; k < 3; k++)
        {
            aggregators[k].AdvanceTo(end);
            values[k] = indicators[k].Value;
        }

        return values;
    }

    private static async Task<long> ReadRawAsync(string path, long fromTicks, long toTicks, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        await using var reader = await ParquetReader.CreateAsync(stream, null, false, cancellationToken);
        var fields = reader.Schema.GetDataFields();
        long bars = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var times = ArrayPool<DateTime>.Shared.Rent(count);
            var values = ArrayPool<double>.Shared.Rent(count);
            try
            {
                await group.ReadAsync<DateTime>(fields[0], times.AsMemory(0, count), null, cancellationToken);
                for (var column = 1; column < fields.Length; column++)
                {
                    await group.ReadAsync<double>(fields[column], values.AsMemory(0, count), null, cancellationToken);
                }

                foreach (var time in times.AsSpan(0, count))
                {
                    bars += time.Ticks >= fromTicks && time.Ticks < toTicks ? 1 : 0;
                }
            }
            finally
            {
                ArrayPool<DateTime>.Shared.Return(times);
                ArrayPool<double>.Shared.Return(values);
            }
        }

        return bars;
    }
}
