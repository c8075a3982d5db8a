using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Collections;
using Provisioning.Requirements;
using Provisioning.Validation;

namespace Provisioning.Cli.Planning;

/// <summary>
/// Step 0 for one analysed addition, from the store's listings and file metadata (no bar is read), as the session runs
/// it (<see cref="HistoricalDataValidator.ValidateAsync(ProvisioningRequirements, CancellationToken)"/>), plus each
/// check on its own for display: one per history load (per base interval), or one for the symbol and its base interval
/// when no history is needed.
/// </summary>
internal sealed class StepZero
{
    private readonly HistoricalDataValidator _validator;

    public StepZero(HistoricalDataValidator validator)
    {
        _validator = validator;
    }

    /// <summary>The requirements completed by Step 0, and each check that was made.</summary>
    public async ValueTask<(ProvisioningRequirements Requirements, EquatableArray<SymbolValidationResult> Checks)> CheckAsync(
        ProvisioningRequirements requirements,
        CancellationToken cancellationToken)
    {
        if (!requirements.CanProceed)
        {
            return (requirements, EquatableArray<SymbolValidationResult>.Empty);
        }

        var checks = new List<SymbolValidationResult>();
        if (requirements.NeedsHistorical && !requirements.HistoryLoads.IsEmpty)
        {
            foreach (var load in requirements.HistoryLoads)
            {
                checks.Add(await _validator.ValidateAsync(requirements.Symbol, load.Interval, load, cancellationToken).ConfigureAwait(false));
            }
        }
        else
        {
            checks.Add(await _validator.ValidateAsync(requirements.Symbol, requirements.BaseInterval, null, cancellationToken).ConfigureAwait(false));
        }

        var validated = await _validator.ValidateAsync(requirements, cancellationToken).ConfigureAwait(false);
        return (validated, new EquatableArray<SymbolValidationResult>(checks));
    }
}
