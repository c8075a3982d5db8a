using Provisioning.Intervals;

namespace Provisioning.Planning;

/// <summary>Subscribes a symbol's base interval to the session's live (or replayed) bar feed.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Interval">The base interval streamed.</param>
public sealed record StartSessionStream(string Symbol, Interval Interval) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => $"start session stream {Interval} for {Symbol}";
}
