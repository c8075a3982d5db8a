using Provisioning.Indicators;
using Provisioning.Intervals;

namespace Provisioning.Session;

/// <summary>
/// One addition that code running in the session (a strategy) declares for each of its symbols: bars of
/// <see cref="Bars"/> with <see cref="Days"/> of history, or the indicator <see cref="Indicator"/>.
/// </summary>
internal sealed record DeclaredAddition(Interval? Bars, int Days, IndicatorSpec? Indicator)
{
    public static DeclaredAddition ForBars(Interval interval, int days) => new(interval, days, null);

    public static DeclaredAddition ForIndicator(IndicatorSpec spec) => new(null, 0, spec);
}
