using System;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Data.Quality;
using Provisioning.Intervals;
using Provisioning.State;

namespace Provisioning.Session;

/// <summary>
/// One interval of a symbol: its bar series and the aggregator that delivers its closed bars (from the base for a
/// derived interval; a pass-through that keeps session bars only for a base interval) to the series and indicators.
/// </summary>
internal sealed class IntervalSlot
{
    private readonly ITradingCalendar _calendar;

    public IntervalSlot(BarSeries series, BarAggregator aggregator, ITradingCalendar calendar)
    {
        _calendar = calendar;
        Series = series;
        Aggregator = aggregator;
        if (!IsBase)
        {
            aggregator.Subscribe(new SeriesRecorder(series));
        }
    }

    public BarSeries Series { get; }

    public BarAggregator Aggregator { get; }

    public Interval Interval => Series.Interval;

    public Interval BaseInterval => Aggregator.BaseInterval;

    public bool IsBase => Series.BuiltFrom is null;

    public bool IsStreaming { get; set; }

    /// <summary>The quality of the latest history load into this series; one report, replaced by the next load.</summary>
    public HistoricalQualityReport? Quality { get; set; }

    public IntervalState ToState()
    {
        HistoryRange? loaded = null;
        if (Series.Count > 0 && Series.TryGetLast(out var last))
        {
            var first = Series[0];
            loaded = new HistoryRange(first.Start, EndOf(last));
        }

        return new IntervalState(Interval, Series.BuiltFrom, IsStreaming, loaded);
    }

    private DateTime EndOf(in Bar bar) => _calendar.EndUtc(Interval, bar.Start);

    private sealed class SeriesRecorder(BarSeries series) : IBarSubscriber
    {
        public void Update(in Bar bar) => series.Append(bar);
    }
}
