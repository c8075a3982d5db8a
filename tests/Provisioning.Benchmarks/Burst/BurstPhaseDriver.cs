using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;

namespace Provisioning.Benchmarks.Burst;

/// <summary>
/// Where the mid-session burst's time goes (<c>--burst-phases [rounds]</c>): in one process, alternately, the raw
/// read, the burst as <see cref="MidSessionBurstBenchmarks.Burst"/> runs it (1,500 additions at once) and the same
/// burst driven one symbol at a time (its three additions at once, so they are still planned together), the last with
/// a <see cref="BurstPhaseClock"/> charging the process's CPU time, wall time and allocation to each phase. Two rounds
/// of warm-up first; medians of the rounds after. Prints figures, asserts nothing about time.
/// </summary>
internal static class BurstPhaseDriver
{
    /// <summary>The command-line switch.</summary>
    public const string Switch = "--burst-phases";

    private const int WarmupRounds = 2;

    /// <summary>Runs <paramref name="rounds"/> measured rounds after the warm-up and prints the figures.</summary>
    public static async Task<int> RunAsync(int rounds)
    {
        var benchmark = new MidSessionBurstBenchmarks();
        await benchmark.SetupAsync();
        try
        {
            var raw = new List<BurstPhaseClock.Totals>();
            var byHand = new List<BurstPhaseClock.Totals>();
            var burst = new List<BurstPhaseClock.Totals>();
            var phased = new List<BurstPhaseClock.Totals>();
            var phases = new List<IReadOnlyList<BurstPhaseClock.Totals>>();
            var reads = new List<BurstPhaseClock.Totals>();
            for (var round = 0; round < WarmupRounds + rounds; round++)
            {
                var rawRun = await MeasureAsync(() => benchmark.RawRead());
                var byHandRun = await MeasureAsync(() => benchmark.HandWrittenReadAndWarm());
                benchmark.StartSession();
                var burstRun = await MeasureAsync(() => benchmark.Burst());
                benchmark.StopSession();
                var (phasedRun, split) = await PhasedAsync(benchmark);
                var read = await StoreReadsAsync(benchmark);
                var warmup = round < WarmupRounds;
                Console.WriteLine($"// {(warmup ? "warm-up" : "round")} {round + 1}: raw read {Text(rawRun)}; by hand {Text(byHandRun)}; burst {Text(burstRun)}; "
                    + $"one symbol at a time {Text(phasedRun)}; store reads alone {Text(read)}; load {LoadAverage()}");
                if (!warmup)
                {
                    raw.Add(rawRun);
                    byHand.Add(byHandRun);
                    burst.Add(burstRun);
                    phased.Add(phasedRun);
                    phases.Add(split);
                    reads.Add(read);
                }
            }

            Print(raw, byHand, burst, phased, phases, reads);
            return 0;
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    // The burst one symbol at a time: each symbol's three additions at once, awaited before the next symbol's.
    private static async Task<(BurstPhaseClock.Totals Total, IReadOnlyList<BurstPhaseClock.Totals> Phases)> PhasedAsync(MidSessionBurstBenchmarks benchmark)
    {
        var clock = new BurstPhaseClock();
        benchmark.Session.Start(benchmark.Files.OpenStore(withCalendar: true), observer: clock);
        try
        {
            var total = await MeasureAsync(async () =>
            {
                var ready = 0;
                foreach (var symbol in benchmark.BurstSymbols)
                {
                    clock.Begin();
                    ready += await benchmark.Session.BurstAsync([symbol], BurstSession.PerSymbol);
                    clock.End();
                }

                return ready;
            });
            return (total, [.. clock.Charged]);
        }
        finally
        {
            benchmark.Session.Stop();
        }
    }

    // The store's reads of the loaded ranges alone (decode into pooled bars, nothing kept), one symbol at a time, each
    // timed on its second read so the file's footer is parsed and its reader kept, as Step 0 leaves it for the load.
    private static async Task<BurstPhaseClock.Totals> StoreReadsAsync(MidSessionBurstBenchmarks benchmark)
    {
        var store = benchmark.Files.OpenStore(withCalendar: true);
        var total = default(BurstPhaseClock.Totals);
        for (var i = 0; i < benchmark.BurstSymbols.Count; i++)
        {
            var symbol = benchmark.BurstSymbols[i];
            var (_, fromTicks, toTicks) = benchmark.Needed[i];
            var from = new DateTime(fromTicks, DateTimeKind.Utc);
            var to = new DateTime(toTicks, DateTimeKind.Utc);
            await DrainAsync(store, symbol, from, to);
            var before = BurstPhaseClock.Totals.Now();
            await DrainAsync(store, symbol, from, to);
            total += BurstPhaseClock.Totals.Now() - before;
        }

        return total;
    }

    private static async Task<long> DrainAsync(Provisioning.Data.Store.ParquetBarStore store, string symbol, DateTime fromUtc, DateTime toUtc)
    {
        long bars = 0;
        await foreach (var batch in store.ReadRangePooledAsync(symbol, BenchmarkData.OneMinute, fromUtc, toUtc))
        {
            bars += batch.Length;
        }

        return bars;
    }

    private static async Task<BurstPhaseClock.Totals> MeasureAsync<T>(Func<Task<T>> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = BurstPhaseClock.Totals.Now();
        await run();
        return BurstPhaseClock.Totals.Now() - before;
    }

    private static void Print(
        List<BurstPhaseClock.Totals> raw,
        List<BurstPhaseClock.Totals> byHand,
        List<BurstPhaseClock.Totals> burst,
        List<BurstPhaseClock.Totals> phased,
        List<IReadOnlyList<BurstPhaseClock.Totals>> phases,
        List<BurstPhaseClock.Totals> reads)
    {
        var rawCpu = Median(raw, t => t.Cpu.TotalMilliseconds);
        Console.WriteLine($"| run ({MidSessionBurstBenchmarks.Symbols} symbols, median of {raw.Count}) | CPU ms | × raw CPU | wall ms | allocated MB | minor page faults |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Row("raw read (baseline)", raw);
        Row("hand-written read + 5m/15m/1h aggregators + indicators", byHand);
        Row("burst (all additions at once)", burst);
        Row("burst, one symbol at a time", phased);
        Row("store reads of the loaded ranges alone, one symbol at a time", reads);
        Console.WriteLine();
        var phasedCpu = Median(phased, t => t.Cpu.TotalMilliseconds);
        Console.WriteLine("| phase (one symbol at a time) | CPU ms | share | × raw CPU | wall ms | allocated MB | minor page faults |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var p = 0; p < BurstPhaseClock.Phases.Length; p++)
        {
            var cpu = Median(phases, s => s[p].Cpu.TotalMilliseconds);
            Console.WriteLine($"| {BurstPhaseClock.Phases[p]} | {cpu:N0} | {cpu / phasedCpu:P0} | {cpu / rawCpu:N2} | "
                + $"{Median(phases, s => s[p].Wall.TotalMilliseconds):N0} | {Median(phases, s => s[p].Bytes / 1e6):N0} | {Median(phases, s => s[p].PageFaults):N0} |");
        }

        void Row(string name, List<BurstPhaseClock.Totals> runs)
        {
            var cpu = Median(runs, t => t.Cpu.TotalMilliseconds);
            Console.WriteLine($"| {name} | {cpu:N0} | {cpu / rawCpu:N2} | {Median(runs, t => t.Wall.TotalMilliseconds):N0} | {Median(runs, t => t.Bytes / 1e6):N0} | {Median(runs, t => t.PageFaults):N0} |");
        }
    }

    private static double Median<T>(IReadOnlyList<T> runs, Func<T, double> value)
    {
        var sorted = runs.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Text(BurstPhaseClock.Totals run) =>
        string.Create(CultureInfo.InvariantCulture, $"{run.Cpu.TotalMilliseconds:N0} ms CPU, {run.Wall.TotalMilliseconds:N0} ms, {run.Bytes / 1e6:N0} MB, {run.PageFaults:N0} faults");

    // The 1-minute load average, as the figures are read at it (Linux only; elsewhere "?").
    private static string LoadAverage()
    {
        try
        {
            return System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (System.IO.IOException)
        {
            return "?";
        }
        catch (UnauthorizedAccessException)
        {
            return "?";
        }
    }
}
