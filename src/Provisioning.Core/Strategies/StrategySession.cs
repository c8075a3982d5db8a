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
/// unless the strategy names another source) and is tracked, so its series join the strategy's callbacks. A removal
/// takes the series out of the strategy's callbacks from the next bar, whatever the session keeps for others.
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

    public ValueTask<RemovalResult> RemoveSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default)
    {
        strategy.Release(symbol, null);
        return session.RemoveSymbolAsync(symbol, Own(source), cancellationToken);
    }

    public ValueTask<RemovalResult> RemoveBarsAsync(string symbol, string interval, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default)
    {
        if (Interval.TryParse(interval, out var parsed))
        {
            strategy.Release(symbol, parsed);
        }

        return session.RemoveBarsAsync(symbol, interval, Own(source), cancellationToken);
    }

    // An indicator's removal leaves the strategy its series: it may read bars of it for other reasons.
    public ValueTask<RemovalResult> RemoveIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        session.RemoveIndicatorAsync(symbol, spec, Own(source), cancellationToken);

    public ValueTask<RemovalResult> RemoveIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default) =>
        session.RemoveIndicatorAsync(symbol, name, parameters, interval, Own(source), cancellationToken);

    private static ProvisionSource Own(ProvisionSource source) => source == ProvisionSource.Adhoc ? ProvisionSource.Strategy : source;
}
