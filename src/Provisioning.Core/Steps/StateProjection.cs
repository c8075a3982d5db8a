using System;
using Provisioning.Collections;
using Provisioning.Intervals;
using Provisioning.State;

namespace Provisioning.Steps;

/// <summary>Helpers the steps' dry-run projections share: change one series of a symbol in a snapshot.</summary>
internal static class StateProjection
{
    /// <summary><paramref name="state"/> with <paramref name="change"/> applied to <paramref name="symbol"/>; unchanged when the session has no such symbol.</summary>
    public static SessionStateSnapshot Change(SessionStateSnapshot state, string symbol, Func<SymbolState, SymbolState> change) =>
        state.TryGetSymbol(symbol, out var current) ? state.With(change(current)) : state;

    /// <summary><paramref name="symbol"/> with its series of <paramref name="interval"/> changed by <paramref name="change"/>.</summary>
    public static SymbolState ChangeSeries(SymbolState symbol, Interval interval, Func<IntervalState, IntervalState> change)
    {
        var series = new IntervalState[symbol.Intervals.Count];
        for (var i = 0; i < series.Length; i++)
        {
            series[i] = symbol.Intervals[i].Interval == interval ? change(symbol.Intervals[i]) : symbol.Intervals[i];
        }

        return symbol with { Intervals = EquatableArray<IntervalState>.FromOwnedArray(series) };
    }

    /// <summary>The range spanning <paramref name="loaded"/> and [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    public static HistoryRange Union(HistoryRange? loaded, DateTime fromUtc, DateTime toUtc) =>
        loaded is { IsEmpty: false } range
            ? new HistoryRange(range.FromUtc < fromUtc ? range.FromUtc : fromUtc, range.ToUtc > toUtc ? range.ToUtc : toUtc)
            : new HistoryRange(fromUtc, toUtc);
}
