using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Collections;
using Provisioning.Requirements;
using Provisioning.Validation;

namespace Provisioning.Cli.Planning;

/// <summary>
/// Step 0 for one analysed addition, from the store's listings and file metadata (no bar is read). A symbol addition is
/// checked for every base interval it loads history of; a bar or indicator addition for its base interval and history.
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
        if (requirements.Operation == OperationType.Symbol)
        {
            if (requirements.HistoryLoads.IsEmpty)
            {
                checks.Add(await _validator.ValidateAsync(requirements.Symbol, null, null, cancellationToken).ConfigureAwait(false));
            }

            foreach (var load in requirements.HistoryLoads)
            {
                checks.Add(await _validator.ValidateAsync(requirements.Symbol, load.Interval, load, cancellationToken).ConfigureAwait(false));
            }
        }
        else
        {
            var history = requirements.NeedsHistorical ? requirements.History : null;
            checks.Add(await _validator.ValidateAsync(requirements.Symbol, requirements.BaseInterval, history, cancellationToken).ConfigureAwait(false));
        }

        var checkedRequirements = requirements;
        foreach (var check in checks)
        {
            checkedRequirements = check.ApplyTo(checkedRequirements);
        }

        checkedRequirements = checkedRequirements with
        {
            SymbolValidated = checks.All(c => c.SymbolWellFormed && c.SymbolKnown),
            HistoricalAvailable = checks.All(c => c.CanProceed && (requirements.NeedsHistorical ? c.HistoryCovered : c.HasHistoricalData || c.BaseInterval is null)),
        };
        return (checkedRequirements, new EquatableArray<SymbolValidationResult>(checks));
    }
}
