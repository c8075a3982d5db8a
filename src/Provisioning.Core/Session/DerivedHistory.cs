using System;
using System.Collections.Generic;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Session;

/// <summary>
/// The bars of a derived series built from its base bars by the slot's own aggregation: all of them, from the first
/// whole bar (<see cref="Rebuild"/>); or, when older base history arrives, only the older part, to go before the bars
/// the series already holds (<see cref="TryBuildOlder"/>), which gives the same series as rebuilding it.
/// </summary>
internal static class DerivedHistory
{
    /// <summary>
    /// A new aggregator fed <paramref name="baseBars"/> from their first whole <paramref name="interval"/> bar up to
    /// <paramref name="watermark"/>, and the bars it delivered. The aggregator keeps the bar still open at the watermark.
    /// </summary>
    public static (BarAggregator Aggregator, List<Bar> Bars) Rebuild(
        ITradingCalendar calendar,
        Interval baseInterval,
        Interval interval,
        ReadOnlySpan<Bar> baseBars,
        DateTime watermark)
    {
        var aggregator = new BarAggregator(calendar, baseInterval, interval);
        var rebuilt = new BarCollector();
        aggregator.Subscribe(rebuilt);
        foreach (ref readonly var bar in FromFirstWholeBar(calendar, baseInterval, interval, baseBars))
        {
            aggregator.Push(in bar);
        }

        aggregator.AdvanceTo(watermark);
        aggregator.Unsubscribe(rebuilt);
        return (aggregator, rebuilt.Bars);
    }

    /// <summary>
    /// The bars that go before <paramref name="held"/>[<paramref name="keepFrom"/>..] once the base series has grown
    /// older history, so that the result equals <see cref="Rebuild"/> over the grown base. A derived bar whose bucket
    /// starts at or after <paramref name="firstHeldBaseStart"/> (the base series' first bar before it grew) was built
    /// from base bars the series held, all of them, so it stays; the bars before the first such bar are rebuilt from the
    /// grown base by a new aggregator stopped at that bar's start. False when the series holds no such bar (nothing it
    /// holds is known to be whole): then rebuild it.
    /// </summary>
    /// <param name="calendar">The exchange calendar.</param>
    /// <param name="baseInterval">The base interval.</param>
    /// <param name="interval">The derived interval.</param>
    /// <param name="grownBase">The base bars after the growth, oldest first.</param>
    /// <param name="firstHeldBaseStart">The start of the first base bar held before the growth; all new history is older.</param>
    /// <param name="held">The derived bars held, built from the base bars held before the growth.</param>
    /// <param name="older">The bars to put first.</param>
    /// <param name="keepFrom">The index of the first held bar to keep after them.</param>
    public static bool TryBuildOlder(
        ITradingCalendar calendar,
        Interval baseInterval,
        Interval interval,
        ReadOnlySpan<Bar> grownBase,
        DateTime firstHeldBaseStart,
        ReadOnlySpan<Bar> held,
        out List<Bar> older,
        out int keepFrom)
    {
        older = [];
        keepFrom = 0;
        while (keepFrom < held.Length && held[keepFrom].Start < firstHeldBaseStart)
        {
            keepFrom++;
        }

        if (keepFrom == held.Length)
        {
            return false;
        }

        // Every bucket before the kept bar ends by its start (buckets are anchored at the open and cut at the close), so
        // advancing to it delivers them all, as the base bars of the kept bar would in a rebuild.
        var cut = held[keepFrom].Start;
        var aggregator = new BarAggregator(calendar, baseInterval, interval);
        var collector = new BarCollector();
        aggregator.Subscribe(collector);
        foreach (ref readonly var bar in FromFirstWholeBar(calendar, baseInterval, interval, grownBase))
        {
            if (bar.Start >= cut)
            {
                break;
            }

            aggregator.Push(in bar);
        }

        aggregator.AdvanceTo(cut);
        older = collector.Bars;
        return true;
    }

    /// <summary>
    /// The base bars from the first one that starts a whole <paramref name="interval"/> bar. A base series starts where
    /// the history of whichever interval loaded it first had to start, or where its ring buffer cut it, which may be
    /// inside a bar of another interval: the base bars before that bar's end would only build a part of it (a wrong
    /// open, high, low and volume). All the bars when the first bar is whole, or when none of them leaves that bar.
    /// </summary>
    public static ReadOnlySpan<Bar> FromFirstWholeBar(ITradingCalendar calendar, Interval baseInterval, Interval interval, ReadOnlySpan<Bar> bars)
    {
        if (interval == baseInterval || bars.Length == 0)
        {
            return bars;
        }

        // The same aggregation as the slot's, watched bar by bar: the first derived bar's start against the start of the
        // first base bar in a session, as a base-to-base aggregator reads it (a day bar stamped at midnight is its open).
        var probe = new BarAggregator(calendar, baseInterval, interval);
        var firstDerived = new FirstBar();
        probe.Subscribe(firstDerived);
        var sessionBars = new BarAggregator(calendar, baseInterval, baseInterval);
        var firstBase = new FirstBar();
        sessionBars.Subscribe(firstBase);
        var next = 0;
        while (next < bars.Length && firstBase.Bar is null)
        {
            probe.Push(in bars[next]);
            sessionBars.Push(in bars[next]);
            next++;
        }

        if (firstBase.Bar is not { } first)
        {
            return bars;
        }

        var firstStart = firstDerived.Bar?.Start ?? (probe.TryGetOpenBar(out var open) ? open.Start : first.Start);
        if (firstStart >= first.Start)
        {
            return bars;
        }

        while (next < bars.Length && probe.EmittedBars == 0)
        {
            probe.Push(in bars[next]);
            next++;
        }

        if (probe.EmittedBars == 0)
        {
            return bars;
        }

        // The last bar pushed closed the partial bar: it either opened the next bar (keep it) or ended the partial one.
        return probe.TryGetOpenBar(out _) ? bars[(next - 1)..] : bars[next..];
    }

    private sealed class FirstBar : IBarSubscriber
    {
        public Bar? Bar { get; private set; }

        public void Update(in Bar bar) => Bar ??= bar;
    }

    private sealed class BarCollector : IBarSubscriber
    {
        public List<Bar> Bars { get; } = [];

        public void Update(in Bar bar) => Bars.Add(bar);
    }
}
