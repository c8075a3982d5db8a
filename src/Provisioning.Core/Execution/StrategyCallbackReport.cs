using System;
using Provisioning.Intervals;

namespace Provisioning.Execution;

/// <summary>One call of a strategy's callback, as the session tells its observer: what ran, for how long, and how it ended.</summary>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Callback">Which callback ran.</param>
/// <param name="Symbol">The bar's symbol; null for <see cref="StrategyCallback.Start"/> and <see cref="StrategyCallback.SessionEnd"/>.</param>
/// <param name="Interval">The bar's interval; null unless <paramref name="Callback"/> is <see cref="StrategyCallback.Bar"/>.</param>
/// <param name="BarStartUtc">The bar's start; null unless <paramref name="Callback"/> is <see cref="StrategyCallback.Bar"/>.</param>
/// <param name="Duration">How long the callback ran (wall time).</param>
/// <param name="Error">What the callback threw; null when it returned. The session went on either way.</param>
public readonly record struct StrategyCallbackReport(
    string Strategy,
    StrategyCallback Callback,
    string? Symbol,
    Interval? Interval,
    DateTime? BarStartUtc,
    TimeSpan Duration,
    Exception? Error)
{
    /// <summary>True when the callback threw.</summary>
    public bool Failed => Error is not null;
}
