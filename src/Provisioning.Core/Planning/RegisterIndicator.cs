using Provisioning.Indicators;
using Provisioning.Requirements;

namespace Provisioning.Planning;

/// <summary>Creates an indicator, warms it on the symbol's loaded history, and attaches it to its interval's bars.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Spec">The indicator.</param>
public sealed record RegisterIndicator(string Symbol, IndicatorSpec Spec) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => $"register indicator {Spec.Key} for {Symbol} (warm-up {CountText.Of(Spec.WarmupBars, "bar", "bars")})";
}
