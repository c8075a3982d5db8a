using Provisioning.Intervals;
using Provisioning.State;

namespace Provisioning.Steps;

/// <summary>Adds a bar series of one interval to a symbol: a base series, or a derived one with its aggregator.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Interval">The interval of the new series.</param>
/// <param name="BuiltFrom">The base it is aggregated from; null when <paramref name="Interval"/> is a base.</param>
internal sealed partial record AddInterval(string Symbol, Interval Interval, Interval? BuiltFrom) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() =>
        BuiltFrom is { } b ? $"add interval {Interval} for {Symbol} (aggregated from {b})" : $"add base interval {Interval} for {Symbol}";

    /// <inheritdoc />
    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        StateProjection.Change(state, Symbol, symbol => symbol.HasInterval(Interval)
            ? symbol
            : symbol with { Intervals = symbol.Intervals.Append(new IntervalState(Interval, BuiltFrom)) });
}
