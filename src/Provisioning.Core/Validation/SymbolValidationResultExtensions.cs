using System;
using System.Linq;
using Provisioning.Requirements;

namespace Provisioning.Validation;

/// <summary>Puts a Step 0 result into the requirements record.</summary>
public static class SymbolValidationResultExtensions
{
    /// <summary>
    /// <paramref name="requirements"/> with <see cref="ProvisioningRequirements.SymbolValidated"/> (well formed and in the
    /// store), <see cref="ProvisioningRequirements.HistoricalAvailable"/> (the needed history is covered; when none is
    /// needed, the base interval has bars) and every problem added to <see cref="ProvisioningRequirements.ValidationErrors"/>
    /// once, each followed by what would work instead when there is a suggestion.
    /// </summary>
    public static ProvisioningRequirements ApplyTo(this SymbolValidationResult result, ProvisioningRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(requirements);
        var updated = requirements with
        {
            SymbolValidated = result.SymbolWellFormed && result.SymbolKnown,
            HistoricalAvailable = requirements.NeedsHistorical ? result.HistoryCovered && result.CanProceed : result.HasHistoricalData,
        };
        for (var i = 0; i < result.Problems.Count; i++)
        {
            var message = result.Problems[i].Message;
            if (i == 0 && !result.Suggestions.IsEmpty)
            {
                message += " Instead: " + string.Join("; or ", result.Suggestions.Select(s => s.TrimEnd('.'))) + ".";
            }

            if (!Contains(updated, message))
            {
                updated = updated.WithError(message);
            }
        }

        return updated;
    }

    private static bool Contains(ProvisioningRequirements requirements, string message)
    {
        foreach (var error in requirements.ValidationErrors)
        {
            if (error == message)
            {
                return true;
            }
        }

        return false;
    }
}
