using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Execution;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Strategies;

/// <summary>
/// Starts strategies in a session: their declarations are provisioned for every config symbol with the config's own
/// additions, then each strategy starts and receives its closed bars. Lives beside the strategies so the session does
/// not know them.
/// </summary>
internal static class StrategyStart
{
    /// <summary>
    /// Pre-session provisioning of the config and of every declaration of <paramref name="strategies"/>; then each
    /// strategy starts (<see cref="Strategy.OnStart"/>) and, from the session's <c>RunAsync</c>, receives the bars of its
    /// series until <see cref="Strategy.OnSessionEnd"/>; a replay then steps only once the session has delivered each
    /// step's bars.
    /// </summary>
    /// <exception cref="System.ArgumentException">A strategy already runs in a session.</exception>
    public static async Task<SessionStartReport> StartAsync(
        this SessionCoordinator session,
        IEnumerable<Strategy>? strategies,
        CancellationToken cancellationToken = default)
    {
        var list = strategies?.Distinct().ToArray() ?? [];
        StrategyRunner.EnsureNotRunning(list);
        if (list.Length == 0)
        {
            return await session.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        var runner = new StrategyRunner(session.Data, session.CalendarOf, session.Clock, session.Observer, session.Logger);
        session.Listen(runner);
        var (report, loaded) = await session.StartAsync(Declared(list), cancellationToken).ConfigureAwait(false);
        session.PaceReplay();
        runner.Start(list, loaded, session);
        return report;
    }

    /// <summary>Provisions everything <paramref name="strategy"/> declares for <paramref name="symbol"/>, one addition per declaration.</summary>
    public static Task<IReadOnlyList<AdditionResult>> ProvisionStrategyAsync(
        this SessionCoordinator session,
        Strategy strategy,
        string symbol,
        ProvisionSource source = ProvisionSource.Strategy,
        CancellationToken cancellationToken = default)
    {
        System.ArgumentNullException.ThrowIfNull(strategy);
        return session.ProvisionAsync(Declared([strategy]), symbol, source, cancellationToken);
    }

    private static DeclaredAddition[] Declared(IEnumerable<Strategy> strategies) =>
        strategies.SelectMany(s => s.Manifest.Bars.Select(b => DeclaredAddition.ForBars(b.Interval, b.HistoricalDays))
            .Concat(s.Manifest.Indicators.Select(DeclaredAddition.ForIndicator)))
            .ToArray();
}
