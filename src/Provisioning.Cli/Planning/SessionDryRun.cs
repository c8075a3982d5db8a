using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Config;
using Provisioning.Data;
using Provisioning.__Internals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Validation;

namespace Provisioning.Cli.Planning;

/// <summary>
/// The pre-session part of a session without loading anything, like <c>terraform plan</c>: every config symbol, then every
/// config indicator for each symbol that can be provisioned, through requirement analysis, Step 0 (store metadata only)
/// and planning, each against the state the additions before it would leave.
/// </summary>
internal sealed class SessionDryRun
{
    private readonly ResolvedSessionConfig _config;
    private readonly IndicatorCatalog _catalog;
    private readonly ProvisioningPipeline _pipeline;
    private readonly StepZero _stepZero;

    public SessionDryRun(ResolvedSessionConfig config, ITradingCalendar calendar, IHistoricalBarStore store, IndicatorCatalog catalog)
    {
        _config = config;
        _catalog = catalog;
        _pipeline = ProvisioningPipeline.Create(config, calendar);
        _stepZero = new StepZero(new HistoricalDataValidator(store, calendar));
    }

    public async Task<IReadOnlyList<DryRunEntry>> PlanAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var entries = new List<DryRunEntry>();
        var state = SessionStateSnapshot.Empty;
        foreach (var symbol in _config.Symbols)
        {
            var added = await PrepareAsync(new SymbolRequest(symbol, ProvisionSource.Config), "symbol " + symbol, state, nowUtc, cancellationToken).ConfigureAwait(false);
            entries.Add(added);
            if (added.CanProceed)
            {
                state = PlanProjection.Apply(state, added.Plan);
            }

            foreach (var configured in _config.Indicators)
            {
                var spec = _catalog.ResolveSpec(configured.Name, configured.Parameters, configured.Interval);
                var title = spec.Success ? spec.Value.Key : configured.Name + "@" + configured.Interval;
                if (!added.CanProceed)
                {
                    entries.Add(NotPlanned(symbol, title, $"Not planned: {symbol} itself cannot be provisioned (see its Step 0 problems)."));
                    continue;
                }

                if (!spec.Success)
                {
                    entries.Add(NotPlanned(symbol, title, spec.Reason));
                    continue;
                }

                var indicator = await PrepareAsync(new IndicatorRequest(symbol, spec.Value, ProvisionSource.Config), title, state, nowUtc, cancellationToken).ConfigureAwait(false);
                entries.Add(indicator);
                if (indicator.CanProceed)
                {
                    state = PlanProjection.Apply(state, indicator.Plan);
                }
            }
        }

        return entries;
    }

    private async Task<DryRunEntry> PrepareAsync(ProvisioningRequest request, string title, SessionStateSnapshot state, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var analysed = _pipeline.Analyze(request, state, nowUtc);
        var (validated, checks) = await _stepZero.CheckAsync(analysed, cancellationToken).ConfigureAwait(false);
        var planned = _pipeline.Plan(validated, state);
        return new DryRunEntry(validated.Symbol, title, planned.Requirements, planned.Plan, checks);
    }

    private static DryRunEntry NotPlanned(string symbol, string title, string reason)
    {
        var requirements = new ProvisioningRequirements
        {
            Operation = OperationType.Indicator,
            Source = ProvisionSource.Config,
            Symbol = symbol,
            AddedBy = ProvisionSource.Config,
            MeetsSessionConfigRequirements = true,
            ValidationErrors = EquatableArray<string>.Of(reason),
            Reason = reason,
        };
        return new DryRunEntry(symbol, title, requirements, new ProvisioningPlan(symbol, EquatableArray<ProvisioningStep>.Empty), EquatableArray<SymbolValidationResult>.Empty);
    }
}
