using Provisioning.Intervals;
using Provisioning.State;

namespace Provisioning.Steps;

/// <summary>Ends a symbol's live stream of a base interval (the removal counterpart of <see cref="StartSessionStream"/>).</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Interval">The base interval no longer streamed.</param>
internal sealed partial record StopSessionStream(string Symbol, Interval Interval) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => $"stop session stream {Interval} for {Symbol}";

    /// <inheritdoc />
    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        StateProjection.Change(state, Symbol, symbol => StateProjection.ChangeSeries(symbol, Interval, series => series with { IsStreaming = false }));
}
