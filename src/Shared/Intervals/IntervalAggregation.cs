namespace Provisioning.Intervals;

/// <summary>
/// Which interval's bars can be aggregated from which base's bars: the rule the bar aggregator enforces and the
/// AddInterval step checks before it stages a derived series. An interval rule, so it lives with the others.
/// </summary>
internal static class IntervalAggregation
{
    /// <summary>
    /// True when <paramref name="interval"/> bars can be built from <paramref name="baseInterval"/> bars: an intraday
    /// interval from an intraday base that divides it, day bars from intraday or 1d bars, week bars from intraday, 1d or
    /// 1w bars. Otherwise <paramref name="reason"/> says why.
    /// </summary>
    public static bool CanAggregate(Interval baseInterval, Interval interval, out string reason)
    {
        reason = string.Empty;
        if (baseInterval.IsDefault || interval.IsDefault)
        {
            reason = "Both the base and the derived interval must be valid intervals.";
            return false;
        }

        if (!baseInterval.IsIntraday && baseInterval.Count != 1)
        {
            reason = $"Bars are aggregated from intraday, 1d or 1w base bars, not from {baseInterval} bars.";
            return false;
        }

        if (!interval.CanBeBuiltFrom(baseInterval))
        {
            reason = $"{interval} bars cannot be built from {baseInterval} bars.";
            return false;
        }

        return true;
    }
}
