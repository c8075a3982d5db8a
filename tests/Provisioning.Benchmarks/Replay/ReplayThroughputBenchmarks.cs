using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Provisioning.Aggregation;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Data.Store;
using Provisioning.Hosting;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;
using Provisioning.Intervals;

namespace Provisioning.Benchmarks.Replay;

/// <summary>
/// Figure 8: replaying a year of one-minute bars end to end for 30 symbols streamed as 1m with 5m and 15m derived and
/// SMA(20)@5m, RSI(14)@15m and EMA(50)@15m on each, against its floor: a hand-written loop that reads the same year
/// files through the same store and pushes every bar into the same aggregators and indicators, once. <see cref="EndToEnd"/>
/// is one <see cref="ProvisioningSession"/> over every trading day of 2024 (a backtest: started from a session.json with
/// <see cref="ProvisioningSessionOptions.ReplayThrough"/>, provisioned once, replayed to the last close);
/// <see cref="SessionPerDay"/> starts, replays and disposes one session per day. One operation is one base bar replayed.
/// </summary>
[Config(typeof(ReplayConfig))]
[MemoryDiagnoser]
public class ReplayThroughputBenchmarks
{
    private static readonly Interval FiveMinutes = Interval.Minutes(5);
    private static readonly Interval FifteenMinutes = Interval.Minutes(15);

    private TemporaryBarStore _store = null!;
    private string _configPath = string.Empty;
    private DateOnly[] _days = [];
    private IReadOnlyList<string> _symbols = [];

    // Where the stored bars start: the warm-ups (EMA(50)@15m the longest) of a session opening on 2024-01-02 need them.
    private static readonly DateOnly WarmUpFrom = new(2023, 12, 1);

    /// <summary>Symbols replayed (fewer in the CI smoke run).</summary>
    public static int Symbols => SmokeMode.IsOn ? 2 : 30;

    /// <summary>One-minute bars replayed per operation: every symbol's bars of 2024 (the first five sessions in smoke).</summary>
    public const int BaseBars = 30 * BenchmarkData.MinuteBarsIn2024;

    /// <summary>Writes the year files and the config, and checks that the floor reads the whole year.</summary>
    [GlobalSetup(Target = nameof(HandWrittenLoop))]
    public void SetupFloor()
    {
        WriteFiles();
        _ = CheckedFloor();
    }

    /// <summary>Writes the files and checks that the continuous session ends with the floor's SMA on every symbol.</summary>
    [GlobalSetup(Target = nameof(EndToEnd))]
    public void SetupEndToEnd()
    {
        WriteFiles();
        var phases = new ReplayPhases();
        Compare("end to end", ContinuousAsync(phases).GetAwaiter().GetResult(), CheckedFloor());
        Console.WriteLine("// EndToEnd phases, first (cold) run: " + phases);

        // Measured once more, warm, outside the timed iterations: where the year's time goes (docs/benchmarks.md, §8).
        _ = ContinuousAsync(phases).GetAwaiter().GetResult();
        Console.WriteLine("// EndToEnd phases, second (warm) run: " + phases);
    }

    /// <summary>Writes the files and checks that a session per day ends with the floor's SMA on every symbol.</summary>
    [GlobalSetup(Target = nameof(SessionPerDay))]
    public void SetupSessionPerDay()
    {
        WriteFiles();
        Compare("a session per day", SessionPerDayAsync().GetAwaiter().GetResult(), CheckedFloor());
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    /// <summary>The baseline, the floor: one read of each year file, every bar pushed into the aggregators and indicators.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BaseBars)]
    public async Task<long> HandWrittenLoop() => (await FloorAsync()).BaseBars;

    /// <summary>One session over every trading day of the year, provisioned once from the config and replayed to the last close.</summary>
    [Benchmark(OperationsPerInvoke = BaseBars)]
    public async Task<int> EndToEnd() => (await ContinuousAsync(null)).Count;

    /// <summary>A session per trading day, each provisioned from the config and replayed to the close.</summary>
    [Benchmark(OperationsPerInvoke = BaseBars)]
    public async Task<int> SessionPerDay() => (await SessionPerDayAsync()).Count;

    private void WriteFiles()
    {
        _symbols = BenchmarkData.SymbolNames(Symbols);
        var sessions = BenchmarkData.Calendar.SessionsInRange(new DateOnly(2024, 1, 2), new DateOnly(2024, 12, 31));
        _days = sessions.Select(s => s.Date).Take(SmokeMode.IsOn ? 5 : int.MaxValue).ToArray();
        var last = _days[^1];
        // December 2023 too: the warm-ups of the session that starts on 2024-01-02 read it (the floor reads 2024 only).
        var set = BenchmarkData.Minutes(_symbols, WarmUpFrom, last);
        _store = TemporaryBarStore.CreateAsync(set).GetAwaiter().GetResult();
        _configPath = Path.Combine(_store.Root, "session.json");
        File.WriteAllText(_configPath, Config(_symbols));
    }

    private Dictionary<string, double> CheckedFloor()
    {
        var floor = FloorAsync().GetAwaiter().GetResult();
        return SmokeMode.IsOn || floor.BaseBars == BaseBars
            ? floor.Sma
            : throw new InvalidOperationException($"The floor read {floor.BaseBars} one-minute bars; the year holds {BaseBars}.");
    }

    // The same set-up: both ways end the year with the same SMA(20)@5m on every symbol.
    private void Compare(string way, Dictionary<string, double> measured, Dictionary<string, double> floor)
    {
        foreach (var symbol in _symbols)
        {
            var session = measured.TryGetValue(symbol, out var value) ? value : double.NaN;
            var loop = floor[symbol];
            if (double.IsNaN(session) || Math.Abs(session - loop) > 1e-9 * Math.Abs(loop))
            {
                throw new InvalidOperationException(
                    $"{symbol}: SMA(20)@5m after the last session is {session.ToString("R", CultureInfo.InvariantCulture)} {way} and {loop.ToString("R", CultureInfo.InvariantCulture)} in the floor.");
            }
        }
    }

    private async Task<Dictionary<string, double>> ContinuousAsync(ReplayPhases? phases)
    {
        var options = new ProvisioningSessionOptions { ReplayDate = _days[0], ReplayThrough = _days[^1] };
        var clock = Stopwatch.StartNew();
        var session = await ProvisioningSession.StartAsync(_configPath, null, options);
        try
        {
            phases?.Started(clock.Elapsed);
            if (!session.StartReport.AllSucceeded)
            {
                throw new InvalidOperationException("The year's session did not provision: " + string.Join(" | ", session.StartReport.NotSucceeded.Select(r => r.Reason)));
            }

            await session.RunAsync();
            phases?.Replayed(clock.Elapsed);
            return LastSma(session);
        }
        finally
        {
            await session.DisposeAsync();
            phases?.Disposed(clock.Elapsed);
        }
    }

    // The continuous session's phases, from one measured run: start-up and provisioning, the year's replay, disposal.
    private sealed class ReplayPhases
    {
        private TimeSpan _started;
        private TimeSpan _replayed;
        private TimeSpan _disposed;

        public void Started(TimeSpan at) => _started = at;

        public void Replayed(TimeSpan at) => _replayed = at;

        public void Disposed(TimeSpan at) => _disposed = at;

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"start-up and provisioning {_started.TotalMilliseconds:F0} ms, replay {(_replayed - _started).TotalMilliseconds:F0} ms, disposal {(_disposed - _replayed).TotalMilliseconds:F0} ms");
    }

    private async Task<Dictionary<string, double>> SessionPerDayAsync()
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var day in _days)
        {
            await using var session = await ProvisioningSession.StartAsync(_configPath, null, new ProvisioningSessionOptions { ReplayDate = day });
            await session.RunAsync();
            if (day == _days[^1])
            {
                values = LastSma(session);
            }
        }

        return values;
    }

    private static Dictionary<string, double> LastSma(ProvisioningSession session)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var symbol in session.Data.Symbols)
        {
            values[symbol.Symbol] = symbol.Indicators.Single(i => i.Spec.Name == "sma").Indicator.Value;
        }

        return values;
    }

    private async Task<(long BaseBars, Dictionary<string, double> Sma)> FloorAsync()
    {
        var store = _store.OpenStore(withCalendar: true);
        var from = _days[0].ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = _days[^1].AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var sma = new Dictionary<string, double>(StringComparer.Ordinal);
        long bars = 0;
        foreach (var symbol in _symbols)
        {
            var fiveMinutes = new BarAggregator(BenchmarkData.Calendar, BenchmarkData.OneMinute, FiveMinutes);
            var fifteenMinutes = new BarAggregator(BenchmarkData.Calendar, BenchmarkData.OneMinute, FifteenMinutes);
            var average = new Sma(20);
            fiveMinutes.Subscribe(average);
            fifteenMinutes.Subscribe(new Rsi(14));
            fifteenMinutes.Subscribe(new Ema(50));
            await foreach (var batch in store.ReadRangeAsync(symbol, BenchmarkData.OneMinute, from, to))
            {
                foreach (var bar in batch.Span)
                {
                    fiveMinutes.Push(in bar);
                    fifteenMinutes.Push(in bar);
                }

                bars += batch.Length;
            }

            fiveMinutes.AdvanceTo(to);
            fifteenMinutes.AdvanceTo(to);
            sma[symbol] = average.Value;
        }

        return (bars, sma);
    }

    /// <summary>The session.json of the replay figures: XNYS, the symbols streaming 1m with 5m and 15m derived, three indicators each.</summary>
    internal static string Config(IReadOnlyList<string> symbols) => $$"""
        {
          "exchange": "XNYS",
          "symbols": [{{string.Join(", ", symbols.Select(s => "\"" + s + "\""))}}],
          "streams": ["1m"],
          "derivedIntervals": ["5m", "15m"],
          "indicators": [
            { "name": "sma", "interval": "5m", "parameters": { "period": 20 } },
            { "name": "rsi", "interval": "15m", "parameters": { "period": 14 } },
            { "name": "ema", "interval": "15m", "parameters": { "period": 50 } }
          ],
          "data": { "root": "." }
        }
        """;

    /// <summary>The median columns and bars per second.</summary>
    private sealed class ReplayConfig : RatioConfig
    {
        public ReplayConfig()
        {
            AddColumn(new BarsPerSecondColumn());
        }
    }
}
