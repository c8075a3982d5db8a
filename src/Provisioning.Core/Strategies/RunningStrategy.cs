using System;
using System.Collections.Generic;
using Provisioning.Intervals;

namespace Provisioning.Strategies;

/// <summary>
/// A strategy a session runs: the series it receives bars of, each with the start of the last bar it was given (a bar
/// that does not start after it is not given again). Held for the session's life; one entry per series of the
/// session the strategy declared or added, so bounded by the session's own series.
/// </summary>
internal sealed class RunningStrategy(Strategy strategy)
{
    public Strategy Strategy { get; } = strategy;

    public string Name { get; } = strategy.Manifest.StrategyName;

    /// <summary>Per series of the strategy, the start of the last bar delivered (or held when it joined). Read and written on the delivery loop.</summary>
    public Dictionary<(string Symbol, Interval Interval), DateTime> Series { get; } = [];
}
