using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Provisioning.Execution;
using Provisioning.Intervals;

namespace Provisioning.Strategies;

/// <summary>An addition a strategy asked for, awaited by the delivery loop before the next bar, and what it joins on success.</summary>
/// <param name="Strategy">The strategy that asked.</param>
/// <param name="Addition">The addition running.</param>
/// <param name="Intervals">The intervals of the symbol that join the strategy's callbacks; null for the strategy's declared intervals.</param>
/// <param name="AskedAtUtc">The end of the bar being delivered when it was asked for (the clock outside a callback): bars that close after it are delivered.</param>
internal sealed record PendingAddition(RunningStrategy Strategy, Task<AdditionResult> Addition, IReadOnlyList<Interval>? Intervals, DateTime AskedAtUtc);
