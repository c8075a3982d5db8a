using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Provisioning.Session;
using Provisioning.Strategies;
using Provisioning.Text;

namespace Provisioning.Hosting;

/// <summary>
/// The session as a hosted service: once the host has started, provisions the config's symbols and the registered
/// strategies' declarations, runs the session on its feed, and stops the host when the session ends (a replay at the
/// close, a live feed when it completes), reloading it when its configuration changes (<see cref="SessionConfigWatcher"/>).
/// Stopping the host first stops the session.
/// </summary>
internal sealed class ProvisioningSessionService(
    IServiceProvider services,
    SessionCoordinator session,
    IEnumerable<Strategy> strategies,
    IHostApplicationLifetime lifetime,
    ILogger<ProvisioningSessionService>? logger = null) : BackgroundService
{
    private readonly ILogger _logger = logger ?? NullLogger<ProvisioningSessionService>.Instance;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var registered = strategies.ToArray();
            var report = await session.StartAsync(registered, stoppingToken).ConfigureAwait(false);
            foreach (var missed in report.NotSucceeded)
            {
                var requirements = missed.Requirements;
                HostingLog.NotReady(
                    _logger,
                    EchoedText.Inline(requirements.Symbol),
                    requirements.Indicator?.Key ?? requirements.Operation.ToString(),
                    missed.Status.ToString(),
                    EchoedText.OneLine(missed.Reason ?? requirements.Reason));
            }

            HostingLog.Ready(_logger, report.Results.Count(r => r.Succeeded), report.Results.Count, registered.Length);
            (services.GetService(typeof(SessionConfigWatcher)) as SessionConfigWatcher)?.Start();
            await SessionRun.RunAsync(services, session, stoppingToken).ConfigureAwait(false);
            HostingLog.Ended(_logger, session.Data.Count, session.Data.Symbols.Sum(SeriesBars));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            HostingLog.Stopped(_logger);
            return;
        }

        lifetime.StopApplication();
    }

    private static long SeriesBars(SymbolData symbol) =>
        symbol.Intervals.Sum(interval => symbol.TryGetBars(interval, out var bars) ? (long)bars.Count : 0);
}
