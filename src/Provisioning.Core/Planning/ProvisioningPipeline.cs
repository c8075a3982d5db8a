using System;
using Provisioning.Calendar;
using Provisioning.Config;
using Provisioning.Requirements;

namespace Provisioning.Planning;

/// <summary>
/// Requirement analysis followed by planning, for every kind of addition. The session runs validation (Step 0) between
/// the two: <see cref="Analyze"/>, add validation errors with <see cref="ProvisioningRequirements.WithError"/>, then
/// <see cref="Plan"/>; or <see cref="Prepare"/> both at once where there is nothing to validate.
/// </summary>
public sealed class ProvisioningPipeline
{
    private readonly RequirementAnalyzer _analyzer;
    private readonly ProvisioningPlanner _planner;

    /// <summary>Composes an analyzer and a planner.</summary>
    public ProvisioningPipeline(RequirementAnalyzer analyzer, ProvisioningPlanner planner)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(planner);
        _analyzer = analyzer;
        _planner = planner;
    }

    /// <summary>A pipeline for a session configured by <paramref name="config"/> on the exchange <paramref name="calendar"/>.</summary>
    public static ProvisioningPipeline Create(ResolvedSessionConfig config, ITradingCalendar calendar)
    {
        var estimator = new HistoryEstimator(calendar);
        return new(new RequirementAnalyzer(config, estimator), new ProvisioningPlanner(estimator));
    }

    /// <summary>Phase 1: what <paramref name="request"/> needs, against <paramref name="state"/>, with history ending at <paramref name="nowUtc"/>.</summary>
    public ProvisioningRequirements Analyze(ProvisioningRequest request, SessionStateSnapshot state, DateTime nowUtc) =>
        _analyzer.Analyze(request, state, nowUtc);

    /// <summary>The plan for <paramref name="requirements"/> against <paramref name="state"/>, with the steps put into the requirements.</summary>
    public PlannedAddition Plan(ProvisioningRequirements requirements, SessionStateSnapshot state)
    {
        var plan = _planner.Plan(requirements, state);
        return new PlannedAddition(requirements with { ProvisioningSteps = plan.Steps }, plan);
    }

    /// <summary>Analyses and plans <paramref name="request"/> in one go.</summary>
    public PlannedAddition Prepare(ProvisioningRequest request, SessionStateSnapshot state, DateTime nowUtc) =>
        Plan(Analyze(request, state, nowUtc), state);
}
