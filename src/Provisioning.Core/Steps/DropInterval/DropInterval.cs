using System.Linq;
using Provisioning.Collections;
using Provisioning.Intervals;
using Provisioning.State;

namespace Provisioning.Steps;

/// <summary>Removes a series of a symbol with its aggregator and bars (the removal counterpart of <see cref="AddInterval"/>).</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Interval">The interval dropped.</param>
internal sealed partial record DropInterval(string Symbol, Interval Interval) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => $"drop interval {Interval} for {Symbol}";

    /// <inheritdoc />
    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        StateProjection.Change(state, Symbol, symbol => symbol with
        {
            Intervals = new EquatableArray<IntervalState>(symbol.Intervals.Where(i => i.Interval != Interval)),
        });
}
