using Provisioning.Collections;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Validation;

namespace Provisioning.Cli.Planning;

/// <summary>One addition of the dry run: what it needs, what Step 0 found, and the steps it would take.</summary>
/// <param name="Symbol">The config symbol the addition is for.</param>
/// <param name="Addition">What is added: "symbol AAPL" or the indicator's key "sma(20)@5m".</param>
/// <param name="Requirements">The requirements after analysis and Step 0, with the planned steps.</param>
/// <param name="Plan">The steps; empty when the addition cannot proceed or nothing is missing.</param>
/// <param name="Checks">The Step 0 checks made (one per base interval checked).</param>
internal sealed record DryRunEntry(
    string Symbol,
    string Addition,
    ProvisioningRequirements Requirements,
    ProvisioningPlan Plan,
    EquatableArray<SymbolValidationResult> Checks)
{
    public bool CanProceed => Requirements.CanProceed;
}
