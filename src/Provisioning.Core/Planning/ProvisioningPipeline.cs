using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Config;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.State;
using Provisioning.Planning.Validation;

namespace Provisioning.Planning;

/// <summary>
/// The one pipeline every addition goes through, in the session, in the CLI's <c>plan</c> and <c>validate</c> and in the
/// tests: requirement analysis, Step 0 (store and feed), then planning, each phase returning its own result. The
/// session executes the plan; a dry run projects it onto the state instead (<see cref="SessionDryRun"/>).
/// </summary>
internal sealed class ProvisioningPipeline
{
    private readonly RequirementAnalyzer _analyzer;
    private readonly StepZero _stepZero;
    private readonly ProvisioningPlanner _planner;

    /// <summary>Composes the three phases.</summary>
    public ProvisioningPipeline(RequirementAnalyzer analyzer, StepZero stepZero, ProvisioningPlanner planner)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(stepZero);
        ArgumentNullException.ThrowIfNull(planner);
        _analyzer = analyzer;
        _stepZero = stepZero;
        _planner = planner;
    }

    /// <summary>
    /// A pipeline for a session configured by <paramref name="config"/> on <paramref name="calendar"/>, validating
    /// against <paramref name="store"/> and a feed that streams what <paramref name="canStream"/> says.
    /// </summary>
    public static ProvisioningPipeline Create(ResolvedSessionConfig config, ITradingCalendar calendar, IHistoricalBarStore store, Func<Interval, bool> canStream)
    {
        var estimator = new HistoryEstimator(calendar);
        return new(new RequirementAnalyzer(config, estimator), new StepZero(store, calendar, canStream), new ProvisioningPlanner(estimator));
    }

    /// <summary>Phase 1: what <paramref name="request"/> needs, against <paramref name="state"/>, with history ending at <paramref name="nowUtc"/>.</summary>
    public ProvisioningRequirements Analyze(ProvisioningRequest request, SessionStateSnapshot state, DateTime nowUtc) =>
        _analyzer.Analyze(request, state, nowUtc);

    /// <summary>Phase 2, Step 0: the store and the feed against <paramref name="requirements"/>; not run when analysis refused them.</summary>
    public ValueTask<StepZeroResult> ValidateAsync(ProvisioningRequirements requirements, CancellationToken cancellationToken = default) =>
        _stepZero.ValidateAsync(requirements, cancellationToken);

    /// <summary>Phase 3: the steps that take <paramref name="state"/> to one that satisfies <paramref name="requirements"/>; none when either earlier phase refused.</summary>
    public ProvisioningPlan Plan(ProvisioningRequirements requirements, StepZeroResult validation, SessionStateSnapshot state) =>
        validation.CanProceed
            ? _planner.Plan(requirements, state)
            : ProvisioningPlan.Nothing(requirements.Symbol);

    /// <summary>Several indicator additions of one symbol analysed on the same state, as one set of requirements for one Step 0 and one plan.</summary>
    public ProvisioningRequirements Unite(IReadOnlyList<ProvisioningRequirements> parts) => _planner.Unite(parts);

    /// <summary>Phase 3 for the additions <paramref name="parts"/> united in <paramref name="union"/>: one plan, one registration per indicator.</summary>
    public ProvisioningPlan PlanTogether(ProvisioningRequirements union, IReadOnlyList<ProvisioningRequirements> parts, StepZeroResult validation, SessionStateSnapshot state) =>
        validation.CanProceed
            ? _planner.PlanTogether(union, parts, state)
            : ProvisioningPlan.Nothing(union.Symbol);

    /// <summary>All three phases for <paramref name="request"/>.</summary>
    public async ValueTask<PreparedAddition> PrepareAsync(ProvisioningRequest request, SessionStateSnapshot state, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var requirements = Analyze(request, state, nowUtc);
        var validation = await ValidateAsync(requirements, cancellationToken).ConfigureAwait(false);
        return new PreparedAddition(requirements, validation, Plan(requirements, validation, state));
    }
}
