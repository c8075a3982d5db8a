using Provisioning.Collections;
using Provisioning.Requirements;
using Provisioning.Planning.Validation;

namespace Provisioning.Planning;

/// <summary>One addition of a dry run: what it needs, what Step 0 found, and the steps it would take.</summary>
/// <param name="Symbol">The config symbol the addition is for.</param>
/// <param name="Addition">What is added: "symbol AAPL" or the indicator's key "sma(20)@5m".</param>
/// <param name="Prepared">The addition through the pipeline: requirements, Step 0 and plan.</param>
internal sealed record DryRunEntry(string Symbol, string Addition, PreparedAddition Prepared)
{
    /// <summary>The requirements from analysis.</summary>
    public ProvisioningRequirements Requirements => Prepared.Requirements;

    /// <summary>What Step 0 found.</summary>
    public StepZeroResult Validation => Prepared.Validation;

    /// <summary>The steps; empty when the addition cannot proceed or nothing is missing.</summary>
    public ProvisioningPlan Plan => Prepared.Plan;

    /// <summary>The store checks Step 0 made (one per base interval checked).</summary>
    public EquatableArray<SymbolValidationResult> Checks => Prepared.Validation.Checks;

    /// <summary>True when nothing is in the way.</summary>
    public bool CanProceed => Prepared.CanProceed;

    /// <summary>Why it cannot proceed: analysis's reasons, then Step 0's.</summary>
    public EquatableArray<string> Errors => Prepared.Errors;
}
