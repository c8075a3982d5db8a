using Provisioning.Collections;
using Provisioning.Data.CorporateActions;

namespace Provisioning.Data.Sample;

/// <summary>One symbol of the sample data and the character of its random walk.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="StartPrice">The close before the first day bar.</param>
/// <param name="DailyVolatility">The standard deviation of a day's log return (0.02 is 2%).</param>
/// <param name="DailyVolume">The typical shares traded in a day.</param>
internal sealed record SampleSymbol(string Symbol, double StartPrice, double DailyVolatility, double DailyVolume)
{
    /// <summary>
    /// The symbol's corporate actions. The walk is in today's shares: bars before a split's ex-date are stored in the
    /// shares of their day (prices × ratio, volumes ÷ ratio), as a vendor's raw bars are.
    /// </summary>
    public EquatableArray<CorporateAction> Actions { get; init; }

    /// <summary>True to write the action table as CSV (the hand-edited form), else as Parquet.</summary>
    public bool ActionsAsCsv { get; init; }
}
