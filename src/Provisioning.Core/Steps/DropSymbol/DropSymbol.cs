using System.Linq;
using Provisioning.State;

namespace Provisioning.Steps;

/// <summary>Removes a symbol from the session once nothing holds it (the removal counterpart of <see cref="CreateSymbol"/>).</summary>
/// <param name="Symbol">The symbol.</param>
internal sealed partial record DropSymbol(string Symbol) : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() => $"drop symbol {Symbol}";

    /// <inheritdoc />
    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        new(state.Symbols.Where(s => s.Symbol != Symbol));
}
