using System;
using Provisioning.Collections;
using Provisioning.State;

namespace Provisioning.Planning;

/// <summary>
/// What a session would hold after a plan ran: the dry run plans each addition against the state the additions before
/// it would leave, as the session does, without loading anything.
/// </summary>
internal static class PlanProjection
{
    /// <summary><paramref name="state"/> with every step of <paramref name="plan"/> applied.</summary>
    public static SessionStateSnapshot Apply(SessionStateSnapshot state, ProvisioningPlan plan)
    {
        var current = state;
        foreach (var step in plan.Steps)
        {
            current = Apply(current, step);
        }

        return current;
    }

    private static SessionStateSnapshot Apply(SessionStateSnapshot state, ProvisioningStep step)
    {
        if (step is CreateSymbol create)
        {
            return state.With(new SymbolState(
                create.Symbol,
                create.AddedBy,
                create.MeetsSessionConfigRequirements,
                create.AutoProvisioned,
                UpgradedFromAdhoc: false,
                EquatableArray<IntervalState>.Empty,
                EquatableArray<string>.Empty));
        }

        if (!state.TryGetSymbol(step.Symbol, out var symbol))
        {
            return state;
        }

        return step switch
        {
            UpgradeSymbol upgrade => state.With(symbol with
            {
                AddedBy = upgrade.AddedBy,
                MeetsSessionConfigRequirements = true,
                UpgradedFromAdhoc = true,
            }),
            AddInterval add when !symbol.HasInterval(add.Interval) =>
                state.With(symbol with { Intervals = symbol.Intervals.Append(new IntervalState(add.Interval, add.BuiltFrom)) }),
            LoadHistorical load => state.With(Replace(symbol, load.Interval, series => series with { Loaded = Union(series.Loaded, load.FromUtc, load.ToUtc) })),
            StartSessionStream start => state.With(Replace(symbol, start.Interval, series => series with { IsStreaming = true })),
            RegisterIndicator register when !symbol.HasIndicator(register.Spec.Key) =>
                state.With(symbol with { IndicatorKeys = symbol.IndicatorKeys.Append(register.Spec.Key) }),
            _ => state,
        };
    }

    private static SymbolState Replace(SymbolState symbol, Intervals.Interval interval, Func<IntervalState, IntervalState> change)
    {
        var series = new IntervalState[symbol.Intervals.Count];
        for (var i = 0; i < series.Length; i++)
        {
            series[i] = symbol.Intervals[i].Interval == interval ? change(symbol.Intervals[i]) : symbol.Intervals[i];
        }

        return symbol with { Intervals = EquatableArray<IntervalState>.FromOwnedArray(series) };
    }

    private static HistoryRange Union(HistoryRange? loaded, DateTime fromUtc, DateTime toUtc) =>
        loaded is { IsEmpty: false } range
            ? new HistoryRange(range.FromUtc < fromUtc ? range.FromUtc : fromUtc, range.ToUtc > toUtc ? range.ToUtc : toUtc)
            : new HistoryRange(fromUtc, toUtc);
}
