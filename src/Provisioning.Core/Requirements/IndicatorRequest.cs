using Provisioning.Indicators;

namespace Provisioning.Requirements;

/// <summary>Adds an indicator for a symbol, with the bars it is updated on and the history that warms it.</summary>
/// <param name="Symbol">The symbol as given.</param>
/// <param name="Spec">The indicator: name, parameters, interval and warm-up bars.</param>
/// <param name="Source">Who asks.</param>
internal sealed record IndicatorRequest(string Symbol, IndicatorSpec Spec, ProvisionSource Source = ProvisionSource.Adhoc)
    : ProvisioningRequest(Symbol, Source)
{
    /// <inheritdoc />
    public override OperationType Operation => OperationType.Indicator;
}
