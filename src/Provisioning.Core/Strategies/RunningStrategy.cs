using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Provisioning.Symbols;
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

    // Series the strategy let go of, from any thread; applied on the delivery loop before each bar it hands out.
    private readonly ConcurrentQueue<(string Symbol, Interval? Interval)> _released = new();

    /// <summary>
    /// Takes <paramref name="symbol"/>'s series of <paramref name="interval"/> (all of them when null) out of the
    /// strategy's callbacks from the next bar handed out.
    /// </summary>
    public void Release(string symbol, Interval? interval)
    {
        if (SymbolName.TryNormalize(symbol, out var normalized, out _))
        {
            _released.Enqueue((normalized, interval));
        }
    }

    /// <summary>Drops the released series from <see cref="Series"/>; on the delivery loop.</summary>
    public void ApplyReleases()
    {
        while (_released.TryDequeue(out var released))
        {
            if (released.Interval is { } interval)
            {
                Series.Remove((released.Symbol, interval));
                continue;
            }

            foreach (var key in new List<(string Symbol, Interval Interval)>(Series.Keys))
            {
                if (key.Symbol == released.Symbol)
                {
                    Series.Remove(key);
                }
            }
        }
    }
}
