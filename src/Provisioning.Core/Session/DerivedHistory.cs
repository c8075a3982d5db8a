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
/// the series already holds from the first it keeps (<see cref="BuildOlder"/>, <see cref="FirstKept"/>), which gives the
/// same series as rebuilding it.
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
    /// The index of the first held derived bar that stays when the base series grows older history: a bar whose bucket
    /// starts at or after <paramref name="firstHeldBaseStart"/> (the base series' first bar before it grew) was built
    /// from base bars the series held, all of them. -1 when the series holds no such bar (nothing it holds is known to
    /// be whole): then rebuild it.
    /// </summary>
    public static int FirstKept(ReadOnlySpan<Bar> held, DateTime firstHeldBaseStart)
    {
        for (var i = 0; i < held.Length; i++)
        {
            if (held[i].Start >= firstHeldBaseStart)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Delivers to <paramref name="older"/> the derived bars that go before the first kept bar (which starts at
    /// <paramref name="cut"/>) once the base series has grown older history: the grown base from its first whole bar,
    /// through a new aggregator stopped at <paramref name="cut"/>. Followed by the held bars from the first kept one,
    /// they equal <see cref="Rebuild"/> over the grown base.
    /// </summary>
    /// <param name="calendar">The exchange calendar.</param>
    /// <param name="baseInterval">The base interval.</param>
    /// <param name="interval">The derived interval.</param>
    /// <param name="grownBase">The base bars after the growth, oldest first.</param>
    /// <param name="cut">The start of the first held bar kept (see <see cref="FirstKept"/>).</param>
    /// <param name="older">Receives the bars to put first, oldest first.</param>
    public static void BuildOlder(
        ITradingCalendar calendar,
        Interval baseInterval,
        Interval interval,
        ReadOnlySpan<Bar> grownBase,
        DateTime cut,
        IBarSubscriber older)
    {
        // Every bucket before the kept bar ends by its start (buckets are anchored at the open and cut at the close), so
        // advancing to it delivers them all, as the base bars of the kept bar would in a rebuild.
        var aggregator = new BarAggregator(calendar, baseInterval, interval);
        aggregator.Subscribe(older);
        foreach (ref readonly var bar in FromFirstWholeBar(calendar, baseInterval, interval, grownBase))
        {
            if (bar.Start >= cut)
            {
                break;
            }

            aggregator.Push(in bar);
        }

        aggregator.AdvanceTo(cut);
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

    /// <summary>
    /// The base bars that end after <paramref name="fromUtc"/>: an indicator's warm-up window on, which starts where a bar
    /// of its interval starts, so every base bar kept belongs to a bar of the window. All the bars when it is null.
    /// </summary>
    public static ReadOnlySpan<Bar> EndingAfter(ITradingCalendar calendar, Interval baseInterval, ReadOnlySpan<Bar> bars, DateTime? fromUtc)
    {
        if (fromUtc is not { } from)
        {
            return bars;
        }

        // The bars are in time order and a bar's end grows with its start: the first one kept is found by bisection.
        int low = 0, high = bars.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (calendar.EndUtc(baseInterval, bars[middle].Start) > from)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return bars[low..];
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
