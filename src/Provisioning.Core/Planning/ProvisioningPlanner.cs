using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.State;
using Provisioning.Steps;

namespace Provisioning.Planning;

/// <summary>
/// Phase 3's plan: the difference between an addition's requirements and what the session holds, as typed steps in
/// dependency order: <see cref="CreateSymbol"/> or <see cref="UpgradeSymbol"/>, <see cref="AddInterval"/> (bases, then
/// derived), <see cref="LoadHistorical"/>, <see cref="StartSessionStream"/>, <see cref="RegisterIndicator"/>. Only what
/// is missing is planned: a satisfied request gives an empty plan, and a request that cannot proceed plans nothing.
/// </summary>
internal sealed class ProvisioningPlanner
{
    private readonly HistoryEstimator _estimator;

    /// <summary>Creates a planner that counts the bars and sessions of partial history loads with <paramref name="estimator"/>.</summary>
    public ProvisioningPlanner(HistoryEstimator estimator)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        _estimator = estimator;
    }

    /// <summary>The steps that take <paramref name="state"/> to one that satisfies <paramref name="requirements"/>.</summary>
    public ProvisioningPlan Plan(ProvisioningRequirements requirements, SessionStateSnapshot state)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(state);

        var symbol = requirements.Symbol;
        if (!requirements.CanProceed)
        {
            return ProvisioningPlan.Nothing(symbol);
        }

        state.TryGetSymbol(symbol, out var existing);
        var steps = new List<ProvisioningStep>();
        if (existing is null)
        {
            steps.Add(new CreateSymbol(
                symbol,
                requirements.AddedBy,
                requirements.MeetsSessionConfigRequirements,
                AutoProvisioned: requirements.Source != ProvisionSource.Config));
        }
        else if (requirements.MeetsSessionConfigRequirements && !existing.MeetsSessionConfigRequirements)
        {
            steps.Add(new UpgradeSymbol(symbol, requirements.AddedBy));
        }

        var bases = requirements.IntervalRequirements.Where(i => i.IsBase).OrderBy(i => i.Interval).ToList();
        var derived = requirements.IntervalRequirements.Where(i => !i.IsBase).OrderBy(i => i.Interval).ToList();
        foreach (var interval in bases.Concat(derived))
        {
            if (existing?.HasInterval(interval.Interval) != true)
            {
                steps.Add(new AddInterval(symbol, interval.Interval, interval.BuiltFrom));
            }
        }

        foreach (var load in requirements.HistoryLoads)
        {
            steps.AddRange(MissingHistory(symbol, load, existing?.Find(load.Interval)).Select(step => step with { Normalization = requirements.Normalization }));
        }

        if (requirements.NeedsSession)
        {
            foreach (var interval in bases)
            {
                if (existing?.IsStreaming(interval.Interval) != true)
                {
                    steps.Add(new StartSessionStream(symbol, interval.Interval));
                }
            }
        }

        if (requirements.Indicator is { } spec && existing?.HasIndicator(spec.Key) != true)
        {
            steps.Add(new RegisterIndicator(symbol, spec, requirements.History?.StartUtc));
        }

        return new ProvisioningPlan(symbol, EquatableArray<ProvisioningStep>.FromOwnedArray(steps.ToArray()));
    }

    /// <summary>
    /// The union of several indicator additions of one symbol (<see cref="RequirementUnion"/>), counted with this
    /// planner's calendar.
    /// </summary>
    public ProvisioningRequirements Unite(IReadOnlyList<ProvisioningRequirements> parts) => RequirementUnion.Of(parts, _estimator);

    /// <summary>
    /// One plan for the additions <paramref name="parts"/> united in <paramref name="union"/>: the union's symbol,
    /// intervals, loads and streams, then each part's indicator the symbol does not hold, in the parts' order, each
    /// fed from its own warm-up window.
    /// </summary>
    public ProvisioningPlan PlanTogether(ProvisioningRequirements union, IReadOnlyList<ProvisioningRequirements> parts, SessionStateSnapshot state)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var plan = Plan(union with { Indicator = null }, state);
        if (!union.CanProceed)
        {
            return plan;
        }

        state.TryGetSymbol(union.Symbol, out var existing);
        var steps = new List<ProvisioningStep>(plan.Steps);
        foreach (var part in parts)
        {
            if (part.Indicator is { } spec && existing?.HasIndicator(spec.Key) != true)
            {
                steps.Add(new RegisterIndicator(union.Symbol, spec, part.History?.StartUtc));
            }
        }

        return new ProvisioningPlan(union.Symbol, EquatableArray<ProvisioningStep>.FromOwnedArray(steps.ToArray()));
    }

    // The parts of the load the series does not hold: before what it holds and, unless the stream keeps it current,
    // after it. A series holding nothing loads everything.
    private IEnumerable<LoadHistorical> MissingHistory(string symbol, HistoryEstimate load, IntervalState? series)
    {
        var interval = load.Interval;
        if (series?.Loaded is not { IsEmpty: false } loaded)
        {
            yield return new LoadHistorical(symbol, interval, load.StartUtc, load.EndUtc, load.Bars, load.TradingDays);
            yield break;
        }

        if (load.StartUtc < loaded.FromUtc)
        {
            var to = loaded.FromUtc < load.EndUtc ? loaded.FromUtc : load.EndUtc;
            if (Part(symbol, interval, load.StartUtc, to) is { } earlier)
            {
                yield return earlier;
            }
        }

        if (!series.IsStreaming && loaded.ToUtc < load.EndUtc)
        {
            var from = loaded.ToUtc > load.StartUtc ? loaded.ToUtc : load.StartUtc;
            if (Part(symbol, interval, from, load.EndUtc) is { } later)
            {
                yield return later;
            }
        }
    }

    private LoadHistorical? Part(string symbol, Interval interval, DateTime fromUtc, DateTime toUtc)
    {
        var bars = _estimator.CountBars(interval, fromUtc, toUtc);
        return bars == 0 ? null : new LoadHistorical(symbol, interval, fromUtc, toUtc, bars, SessionsTouched(fromUtc, toUtc));
    }

    // Sessions whose regular hours overlap [fromUtc, toUtc).
    private int SessionsTouched(DateTime fromUtc, DateTime toUtc)
    {
        var calendar = _estimator.Calendar;
        return calendar.SessionsInRange(calendar.ExchangeDate(fromUtc), calendar.ExchangeDate(toUtc))
            .Count(s => s.OpenUtc < toUtc && s.CloseUtc > fromUtc);
    }
}
