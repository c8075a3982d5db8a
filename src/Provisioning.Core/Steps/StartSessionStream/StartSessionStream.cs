using Provisioning.Intervals;
using Provisioning.State;

namespace Provisioning.Steps;

/// <summary>Subscribes a symbol's base interval to the session's live (or replayed) bar feed.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Interval">The base interval streamed.</param>
internal sealed partial record StartSessionStream(string Symbol, Interval Interval) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => $"start session stream {Interval} for {Symbol}";

    /// <inheritdoc />
    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        StateProjection.Change(state, Symbol, symbol => StateProjection.ChangeSeries(symbol, Interval, series => series with { IsStreaming = true }));
}
