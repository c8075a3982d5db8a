using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Config;
using Provisioning.Data;
using Provisioning.Indicators.__Internals;
using Provisioning.Intervals;
using Provisioning.Planning.Removal;
using Provisioning.Requirements;
using Provisioning.State;
using Provisioning.Symbols;
using Provisioning.Text;
using Provisioning.Planning.Validation;

namespace Provisioning.Planning;

/// <summary>
/// The pre-session part of a session without executing anything, like <c>terraform plan</c>: every config symbol, then
/// every config indicator of each symbol that can be provisioned, through the session's own
/// <see cref="ProvisioningPipeline"/>, each planned against the state the additions before it would leave (each step
/// projects itself onto it). Step 0's feed half asks what the session's feed would stream: the config's
/// <c>streams</c>, as the replay and live feeds are built from them.
/// </summary>
internal sealed class SessionDryRun
{
    private readonly ResolvedSessionConfig _config;
    private readonly IndicatorCatalog _catalog;
    private readonly SessionMarkets _markets;
    private readonly MarketPipelines _pipelines;

    /// <summary>A dry run where every symbol is on <paramref name="calendar"/>.</summary>
    public SessionDryRun(ResolvedSessionConfig config, ITradingCalendar calendar, IHistoricalBarStore store, IndicatorCatalog catalog)
        : this(config, new SessionMarkets(calendar), store, catalog)
    {
    }

    /// <summary>A dry run where each symbol is planned on its own market's calendar.</summary>
    public SessionDryRun(ResolvedSessionConfig config, SessionMarkets markets, IHistoricalBarStore store, IndicatorCatalog catalog)
    {
        _config = config;
        _catalog = catalog;
        _markets = markets;
        _pipelines = new MarketPipelines(config, store, Streams(config));
    }

    /// <summary>What the session's feed streams for <paramref name="config"/>: its bases, the rule the replay and live feeds apply.</summary>
    public static Func<Interval, bool> Streams(ResolvedSessionConfig config)
    {
        var streams = config.BaseIntervals;
        return interval => streams.Contains(interval);
    }

    /// <summary>The config's additions in session order, with <paramref name="nowUtc"/> as the session clock.</summary>
    public Task<IReadOnlyList<DryRunEntry>> PlanAsync(DateTime nowUtc, CancellationToken cancellationToken) =>
        PlanAsync(nowUtc, [], cancellationToken);

    /// <summary>
    /// The config's additions in session order, then the config's removal of each of <paramref name="removals"/>,
    /// planned against the holds the additions recorded and the state they leave (what the config let go of and
    /// nothing else holds is dropped).
    /// </summary>
    public async Task<IReadOnlyList<DryRunEntry>> PlanAsync(DateTime nowUtc, IReadOnlyList<string> removals, CancellationToken cancellationToken)
    {
        var entries = new List<DryRunEntry>();
        var state = SessionStateSnapshot.Empty;
        var holds = new Dictionary<string, List<Grant>>(StringComparer.Ordinal);
        foreach (var symbol in _config.Symbols)
        {
            var added = await PrepareAsync(new SymbolRequest(symbol, ProvisionSource.Config), "symbol " + symbol, state, nowUtc, cancellationToken).ConfigureAwait(false);
            entries.Add(added);
            if (added.CanProceed)
            {
                state = added.Plan.Project(state);
                Hold(holds, new SymbolRequest(symbol, ProvisionSource.Config), added);
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

                var request = new IndicatorRequest(symbol, spec.Value, ProvisionSource.Config);
                var indicator = await PrepareAsync(request, title, state, nowUtc, cancellationToken).ConfigureAwait(false);
                entries.Add(indicator);
                if (indicator.CanProceed)
                {
                    state = indicator.Plan.Project(state);
                    Hold(holds, request, indicator);
                }
            }
        }

        foreach (var removal in removals)
        {
            var request = new RemovalRequest(removal, OperationType.Symbol, null, new Requester(ProvisionSource.Config));
            var name = SymbolName.TryNormalize(removal, out var normalized, out _) ? normalized : removal ?? string.Empty;
            state.TryGetSymbol(name, out var current);
            var analysis = RemovalPlanner.Analyze(request, current, holds.TryGetValue(name, out var grants) ? grants : []);
            var title = "remove symbol " + EchoedText.Inline(name);
            if (!analysis.CanProceed)
            {
                entries.Add(NotPlanned(analysis.Symbol, title, analysis.Error!));
                continue;
            }

            var plan = RemovalPlanner.Plan(analysis, current!);
            var kept = analysis.Kept.IsEmpty ? "nothing else holds it" : string.Join("; ", analysis.Kept);
            var requirements = new ProvisioningRequirements
            {
                Operation = OperationType.Symbol,
                Source = ProvisionSource.Config,
                Symbol = analysis.Symbol,
                SymbolExists = true,
                AddedBy = ProvisionSource.Config,
                Reason = $"Removal: the config lets go of {analysis.Symbol}; {kept}.",
            };
            entries.Add(new DryRunEntry(analysis.Symbol, title, new PreparedAddition(requirements, StepZeroResult.NotRun, plan)));
            state = plan.Project(state);
            holds[analysis.Symbol] = [.. analysis.Remaining];
        }

        return entries;
    }

    // The hold a planned addition would give the config.
    private static void Hold(Dictionary<string, List<Grant>> holds, ProvisioningRequest request, DryRunEntry entry)
    {
        if (Grant.Of(request, entry.Requirements, new Requester(ProvisionSource.Config)) is not { } grant)
        {
            return;
        }

        if (!holds.TryGetValue(entry.Symbol, out var grants))
        {
            holds[entry.Symbol] = grants = [];
        }

        grants.Add(grant);
    }

    /// <summary>One addition through the pipeline against <paramref name="state"/>, titled <paramref name="title"/>.</summary>
    public async Task<DryRunEntry> PrepareAsync(ProvisioningRequest request, string title, SessionStateSnapshot state, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var prepared = await _pipelines.For(_markets.For(request.Symbol ?? string.Empty)).PrepareAsync(request, state, nowUtc, cancellationToken).ConfigureAwait(false);
        return new DryRunEntry(prepared.Requirements.Symbol, title, prepared);
    }

    /// <summary>An entry for an addition refused before analysis (its indicator does not resolve, or its symbol failed).</summary>
    public static DryRunEntry NotPlanned(string symbol, string title, string reason)
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
        return new DryRunEntry(symbol, title, new PreparedAddition(requirements, StepZeroResult.NotRun, ProvisioningPlan.Nothing(symbol)));
    }
}
