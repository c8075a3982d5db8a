using Provisioning.Intervals;

namespace Provisioning.Steps;

/// <summary>How far a history load has come.</summary>
/// <param name="Symbol">The symbol loading.</param>
/// <param name="Interval">The base interval read.</param>
/// <param name="BarsLoaded">Bars read so far.</param>
/// <param name="BarsExpected">Bars the plan expects the range to hold.</param>
/// <param name="Completed">True on the last report of the load.</param>
public readonly record struct HistoryLoadProgress(string Symbol, Interval Interval, int BarsLoaded, int BarsExpected, bool Completed)
{
    /// <summary>Bars loaded as a fraction of those expected, 0 to 1.</summary>
    public double Fraction => BarsExpected <= 0 ? 1 : System.Math.Min(1.0, (double)BarsLoaded / BarsExpected);
}
