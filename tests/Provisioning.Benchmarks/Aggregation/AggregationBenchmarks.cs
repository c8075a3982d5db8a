using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Provisioning.Aggregation;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Benchmarks.Aggregation;

/// <summary>
/// Figure 3: aggregation of one symbol's one-minute bars of 2024 (97,740 bars, 252 XNYS sessions) into 5m, 15m, 1h and
/// 1d bars through <see cref="BarAggregator"/>, delivered to a subscriber, against a plain loop that reads every field of
/// the same bars (the memory-bandwidth floor). One operation is one base bar.
/// </summary>
[Config(typeof(PerBarConfig))]
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private const int Bars = BenchmarkData.MinuteBarsIn2024;

    private static readonly Interval[] Targets = [Interval.Minutes(5), Interval.Minutes(15), Interval.Hours(1), Interval.Days(1)];

    private Bar[] _bars = [];
    private DateTime _end;

    /// <summary>Generates the bars and checks that each aggregation delivers one bar per bucket of the calendar.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _bars = BenchmarkData.MinuteBarsOf2024();
        _end = BenchmarkData.Year2025;
        var sessions = BenchmarkData.Calendar.SessionsInRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        foreach (var target in Targets)
        {
            var expected = sessions.Sum(s => target.IsIntraday ? BenchmarkData.Calendar.BarsInSession(s, target) : 1);
            var delivered = Aggregate(target);
            if (delivered != expected)
            {
                throw new InvalidOperationException($"{target}: {delivered} bars delivered; the calendar has {expected} buckets.");
            }
        }
    }

    /// <summary>The baseline: one pass over the bars adding up every field.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Bars)]
    public double SumOfFields()
    {
        double sum = 0;
        long ticks = 0;
        foreach (ref readonly var bar in _bars.AsSpan())
        {
            ticks += bar.Start.Ticks;
            sum += bar.Open + bar.High + bar.Low + bar.Close + bar.Volume;
        }

        return sum + ticks;
    }

    /// <summary>1m → 5m.</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public long To5m() => Aggregate(Targets[0]);

    /// <summary>1m → 15m.</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public long To15m() => Aggregate(Targets[1]);

    /// <summary>1m → 1h (the last bar of a session is cut at the close: 15:30–16:00).</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public long To1h() => Aggregate(Targets[2]);

    /// <summary>1m → 1d.</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public long To1d() => Aggregate(Targets[3]);

    /// <summary>Each base bar pushed into the four aggregators of one symbol (per base bar, four pushes).</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public long ToAllFour()
    {
        var aggregators = new BarAggregator[Targets.Length];
        var sink = new CountingSubscriber();
        for (var i = 0; i < aggregators.Length; i++)
        {
            aggregators[i] = new BarAggregator(BenchmarkData.Calendar, BenchmarkData.OneMinute, Targets[i]);
            aggregators[i].Subscribe(sink);
        }

        foreach (ref readonly var bar in _bars.AsSpan())
        {
            foreach (var aggregator in aggregators)
            {
                aggregator.Push(in bar);
            }
        }

        foreach (var aggregator in aggregators)
        {
            aggregator.AdvanceTo(_end);
        }

        return sink.Bars;
    }

    private long Aggregate(Interval target)
    {
        var aggregator = new BarAggregator(BenchmarkData.Calendar, BenchmarkData.OneMinute, target);
        var sink = new CountingSubscriber();
        aggregator.Subscribe(sink);
        foreach (ref readonly var bar in _bars.AsSpan())
        {
            aggregator.Push(in bar);
        }

        aggregator.AdvanceTo(_end);
        return sink.Bars;
    }
}
