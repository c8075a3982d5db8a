using System.ComponentModel;
using Provisioning.Intervals;

namespace Provisioning.Strategies.__Internals;

/// <summary>One <see cref="Strategies.BarsAttribute"/> of a strategy, with its interval parsed.</summary>
/// <param name="Interval">The interval of the bars.</param>
/// <param name="IsBase">True when the bars are streamed or stored as they are rather than aggregated.</param>
/// <param name="HistoricalDays">Trading days of history to load before the session; 0 for none.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct BarDeclaration(Interval Interval, bool IsBase, int HistoricalDays);
