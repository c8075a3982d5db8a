using Provisioning.Requirements;
using Provisioning.State;

namespace Provisioning.Steps;

/// <summary>Marks a symbol added ad hoc (by a scanner, strategy or person) as now meeting the session config, in place.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="AddedBy">The source that now asks for it (the config).</param>
internal sealed partial record UpgradeSymbol(string Symbol, ProvisionSource AddedBy) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => $"upgrade symbol {Symbol} to meet the session config (asked by {AddedBy})";

    /// <inheritdoc />
    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        StateProjection.Change(state, Symbol, symbol => symbol with
        {
            AddedBy = AddedBy,
            MeetsSessionConfigRequirements = true,
            UpgradedFromAdhoc = true,
        });
}
