using System.Linq;
using Provisioning.Collections;
using Provisioning.State;

namespace Provisioning.Steps;

/// <summary>Detaches an indicator from its series and releases it (the removal counterpart of <see cref="RegisterIndicator"/>).</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Key">The indicator's key (<c>sma(20)@5m</c>).</param>
internal sealed partial record UnregisterIndicator(string Symbol, string Key) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => $"unregister indicator {Key} for {Symbol}";

    /// <inheritdoc />
    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        StateProjection.Change(state, Symbol, symbol => symbol with
        {
            IndicatorKeys = new EquatableArray<string>(symbol.IndicatorKeys.Where(k => k != Key)),
        });
}
