using System;

namespace Provisioning.Hosting;

/// <summary>
/// How the live feed that <see cref="ProvisioningBuilder.UseLiveFeed"/> registers closes bars. Set it in code
/// (<c>UseLiveFeed(o =&gt; o.BarCloseGrace = …)</c>) or bind it from configuration
/// (<c>services.Configure&lt;LiveFeedOptions&gt;(configuration.GetSection("LiveFeed"))</c>); a negative grace fails the
/// host's start with a message.
/// </summary>
public sealed class LiveFeedOptions
{
    /// <summary>The grace when none is set: five seconds.</summary>
    public static readonly TimeSpan DefaultBarCloseGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long after a base bar's end (10:05 for the 10:04 one-minute bar) the session waits for late base bars before
    /// it closes the derived bars ending there (the 10:00 five-minute bar), even when their last base bar never came.
    /// Zero or more; default <see cref="DefaultBarCloseGrace"/>. A base bar arriving after that is counted as late by
    /// the derived intervals it missed.
    /// </summary>
    public TimeSpan BarCloseGrace { get; set; } = DefaultBarCloseGrace;
}
