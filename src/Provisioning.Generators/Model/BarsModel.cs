using Provisioning.Intervals;

namespace Provisioning.Generators.Model;

/// <summary>One valid [Bars] declaration of a strategy.</summary>
/// <param name="Interval">The parsed interval.</param>
/// <param name="IsBase">True for a base interval.</param>
/// <param name="HistoricalDays">Trading days of history.</param>
internal readonly record struct BarsModel(Interval Interval, bool IsBase, int HistoricalDays);
