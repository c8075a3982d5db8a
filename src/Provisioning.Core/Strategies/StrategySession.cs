using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Execution;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Strategies;

/// <summary>
/// The session as one strategy sees it: every addition goes to the session (as <see cref="ProvisionSource.Strategy"/>
/// unless the strategy names another source) and is tracked, so its series join the strategy's callbacks.
/// </summary>
internal sealed class StrategySession(IProvisioningSession session, StrategyRunner runner, RunningStrategy strategy) : IProvisioningSession
{
    public ValueTask<AdditionResult> AddSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        runner.Track(strategy, session.AddSymbolAsync(symbol, Own(source), cancellationToken), null);

    public ValueTask<AdditionResult> AddBarsAsync(
        string symbol,
        string interval,
        int days = 0,
        bool historicalOnly = false,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        runner.Track(
            strategy,
            session.AddBarsAsync(symbol, interval, days, historicalOnly, Own(source), cancellationToken),
            !historicalOnly && Interval.TryParse(interval, out var parsed) ? [parsed] : []);

    public ValueTask<AdditionResult> AddIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        runner.Track(strategy, session.AddIndicatorAsync(symbol, spec, Own(source), cancellationToken), spec is null ? [] : [spec.Interval]);

    public ValueTask<AdditionResult> AddIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        runner.Track(
            strategy,
            session.AddIndicatorAsync(symbol, name, parameters, interval, Own(source), cancellationToken),
            Interval.TryParse(interval, out var parsed) ? [parsed] : []);

    private static ProvisionSource Own(ProvisionSource source) => source == ProvisionSource.Adhoc ? ProvisionSource.Strategy : source;
}
