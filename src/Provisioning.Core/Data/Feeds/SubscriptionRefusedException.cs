using System;
using Provisioning.Intervals;

namespace Provisioning.Data.Feeds;

/// <summary>
/// A feed cannot deliver every bar a subscription asks for (its stream has ended, or it no longer holds the bars to
/// catch up from): the addition that subscribed fails with <see cref="Exception.Message"/> as its reason instead of
/// succeeding with bars missing. Feeds throw it from <see cref="IBarFeed.SubscribeAsync"/>.
/// </summary>
public sealed class SubscriptionRefusedException : InvalidOperationException
{
    /// <summary>Creates the refusal of <paramref name="symbol"/>'s <paramref name="interval"/> stream.</summary>
    /// <param name="symbol">The symbol subscribed.</param>
    /// <param name="interval">The interval subscribed.</param>
    /// <param name="message">What the feed cannot deliver and what to do instead.</param>
    public SubscriptionRefusedException(string symbol, Interval interval, string message)
        : base(message)
    {
        Symbol = symbol;
        Interval = interval;
    }

    /// <summary>The symbol subscribed.</summary>
    public string Symbol { get; }

    /// <summary>The interval subscribed.</summary>
    public Interval Interval { get; }
}
