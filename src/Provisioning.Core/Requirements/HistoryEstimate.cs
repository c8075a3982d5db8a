using System;
using Provisioning.Intervals;

namespace Provisioning.Requirements;

/// <summary>
/// How much history an addition needs: <see cref="Bars"/> bars of <see cref="Interval"/> ending at <see cref="EndUtc"/>,
/// found by walking back over real sessions of the exchange calendar.
/// </summary>
/// <param name="Interval">The interval the bars are counted in (the interval that is loaded).</param>
/// <param name="WarmupBars">The warm-up bars asked for (0 when the request was in days).</param>
/// <param name="Multiplier">The warm-up multiplier applied.</param>
/// <param name="Bars">The bars needed: ceiling(warm-up × multiplier), or the bars of the requested days.</param>
/// <param name="TradingDays">The number of sessions the history touches, including a partial session at the end.</param>
/// <param name="CalendarDays">Calendar days from the first session's date to the end date, both inclusive.</param>
/// <param name="StartUtc">The first instant to load (the start of the earliest bar needed).</param>
/// <param name="EndUtc">The instant the history ends at, exclusive.</param>
public sealed record HistoryEstimate(
    Interval Interval,
    int WarmupBars,
    double Multiplier,
    int Bars,
    int TradingDays,
    int CalendarDays,
    DateTime StartUtc,
    DateTime EndUtc)
{
    /// <summary>
    /// For an indicator's read (the estimator's warm-up read), its warm-up window in the indicator's interval,
    /// which ends at the warm-up anchor; the read adds the session's bars since. Null for any other history.
    /// </summary>
    public HistoryEstimate? Window { get; init; }
}
