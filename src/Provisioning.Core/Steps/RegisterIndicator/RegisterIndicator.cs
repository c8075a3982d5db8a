using System;
using System.Globalization;
using Provisioning.Indicators;
using Provisioning.State;
using Provisioning.Text;

namespace Provisioning.Steps;

/// <summary>Creates an indicator, warms it on the symbol's loaded history, and attaches it to its interval's bars.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Spec">The indicator.</param>
/// <param name="WarmupFromUtc">
/// The start of its warm-up window (counted back from the open of the session in progress): it is fed the symbol's bars
/// from here on, whatever else the symbol holds. Null feeds it every bar the symbol holds.
/// </param>
internal sealed partial record RegisterIndicator(string Symbol, IndicatorSpec Spec, DateTime? WarmupFromUtc = null) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() =>
        $"register indicator {Spec.Key} for {Symbol} (warm-up {CountText.Of(Spec.WarmupBars, "bar", "bars")}"
        + (WarmupFromUtc is { } from ? ", fed from " + from.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "Z)" : ")");

    /// <inheritdoc />
    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        StateProjection.Change(state, Symbol, symbol => symbol.HasIndicator(Spec.Key)
            ? symbol
            : symbol with { IndicatorKeys = symbol.IndicatorKeys.Append(Spec.Key) });
}
