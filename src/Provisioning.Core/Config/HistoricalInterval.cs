using Provisioning.Intervals;

namespace Provisioning.Config;

/// <summary>One base interval of the config's history and the trading days it loads.</summary>
/// <param name="Interval">The base interval whose history is loaded.</param>
/// <param name="TrailingDays">Trading days (sessions) of history, at least 1.</param>
internal readonly record struct HistoricalInterval(Interval Interval, int TrailingDays);
