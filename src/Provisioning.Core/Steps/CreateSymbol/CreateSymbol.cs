using Provisioning.Collections;
using Provisioning.Requirements;
using Provisioning.State;

namespace Provisioning.Steps;

/// <summary>Registers a symbol that the session does not have yet, with its metadata.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="AddedBy">Who asked for it.</param>
/// <param name="MeetsSessionConfigRequirements">True when it is provisioned with everything the session config asks.</param>
/// <param name="AutoProvisioned">True when it was added because something needed it, not by the config.</param>
internal sealed partial record CreateSymbol(string Symbol, ProvisionSource AddedBy, bool MeetsSessionConfigRequirements, bool AutoProvisioned)
    : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() =>
        $"create symbol {Symbol} (added by {AddedBy}{(MeetsSessionConfigRequirements ? ", meets session config" : string.Empty)}{(AutoProvisioned ? ", auto-provisioned" : string.Empty)})";

    /// <inheritdoc />
    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        state.With(new SymbolState(
            Symbol,
            AddedBy,
            MeetsSessionConfigRequirements,
            AutoProvisioned,
            UpgradedFromAdhoc: false,
            EquatableArray<IntervalState>.Empty,
            EquatableArray<string>.Empty));
}
