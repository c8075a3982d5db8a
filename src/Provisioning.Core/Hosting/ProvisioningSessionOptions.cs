using System;
using Microsoft.Extensions.Logging;

namespace Provisioning.Hosting;

/// <summary>How <see cref="ProvisioningSession.StartAsync(string, System.Collections.Generic.IEnumerable{Strategies.Strategy}?, ProvisioningSessionOptions?, System.Threading.CancellationToken)"/> runs a session.</summary>
public sealed class ProvisioningSessionOptions
{
    /// <summary>
    /// The trading date to replay from the store (a session of the config's exchange); null for a live feed that
    /// <see cref="ProvisioningSession.LiveFeed"/> is fed through.
    /// </summary>
    public DateOnly? ReplayDate { get; set; }

    /// <summary>
    /// The last trading date to replay when the session runs over a range, a backtest: from <see cref="ReplayDate"/>
    /// through this date (inclusive), one session provisioned once before the first open and left running, its series,
    /// indicators and strategies carried from each close to the next open; <see cref="ProvisioningSession.RunAsync"/>
    /// ends after the last close. Null (the default) replays <see cref="ReplayDate"/> alone.
    /// </summary>
    public DateOnly? ReplayThrough { get; set; }

    /// <summary>Where the session logs; nowhere when null (<c>o.Logging = l =&gt; l.AddConsole()</c> with Microsoft.Extensions.Logging.Console).</summary>
    public Action<ILoggingBuilder>? Logging { get; set; }

    /// <summary>
    /// True to reload the session when its session.json changes (the file is watched): a valid new config is provisioned
    /// as a diff, an invalid one is refused and the session keeps its config. Default false. See
    /// <see cref="ProvisioningSession.ReloadAsync(string, System.Threading.CancellationToken)"/>.
    /// </summary>
    public bool ReloadOnChange { get; set; }

    /// <summary>Anything else the hosted way offers: an observer, the history-load minimum, a live feed's grace.</summary>
    public Action<ProvisioningBuilder>? Configure { get; set; }
}
