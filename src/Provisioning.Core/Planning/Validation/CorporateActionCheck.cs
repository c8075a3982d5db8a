using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data;
using Provisioning.Data.CorporateActions;
using Provisioning.Requirements;
using Provisioning.Text;

namespace Provisioning.Planning.Validation;

/// <summary>
/// Step 0's look at corporate actions: each action whose ex-date falls inside a history window (after its first
/// session, up to the session date, where history joins the live stream) is named with the mode that applies.
/// Under <see cref="NormalizationMode.Raw"/> such a window is a warning: an indicator warmed over it reads the action
/// as a price move. A table with bad rows is a warning too. Never refuses an addition.
/// </summary>
internal static class CorporateActionCheck
{
    /// <summary>The notes (every action inside a window) and warnings of <paramref name="requirements"/>' loads.</summary>
    public static async ValueTask<(EquatableArray<string> Notes, EquatableArray<string> Warnings)> CheckAsync(
        IHistoricalBarStore store,
        ITradingCalendar calendar,
        ProvisioningRequirements requirements,
        IReadOnlyList<HistoryEstimate> loads,
        CancellationToken cancellationToken)
    {
        if (loads.Count == 0 || store is not ICorporateActionSource)
        {
            return (EquatableArray<string>.Empty, EquatableArray<string>.Empty);
        }

        var table = await HistoryAdjustmentLoader.ReadTableAsync(store, requirements.Symbol, cancellationToken).ConfigureAwait(false);
        var notes = new List<string>();
        var warnings = new List<string>();
        var symbol = EchoedText.Inline(requirements.Symbol);
        var mode = requirements.Normalization;
        foreach (var load in loads)
        {
            var first = calendar.ExchangeDate(load.StartUtc);
            var asOf = HistoryAdjustmentLoader.SessionDate(calendar, load.EndUtc);
            var inside = table.Actions.Where(a => a.ExDate > first && a.ExDate <= asOf).ToArray();
            if (inside.Length == 0)
            {
                continue;
            }

            var window = string.Create(CultureInfo.InvariantCulture, $"{symbol} {load.Interval} history from {first:yyyy-MM-dd} to the session of {asOf:yyyy-MM-dd}");
            var listed = string.Join(", ", inside.Select(a => a.Describe()));
            notes.Add(window + " spans " + listed + ": loaded " + mode + (mode == NormalizationMode.Raw ? " (as stored)" : " as of " + asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) + Unadjusted(mode, inside) + ".");
            if (mode == NormalizationMode.Raw)
            {
                warnings.Add(window + " spans " + listed + " and is loaded Raw: an indicator warmed over it reads "
                    + (inside.Length == 1 ? "the action" : "each action") + " as a price move; set \"normalization\": \""
                    + (inside.Any(a => a.Kind == CorporateActionKind.Split) ? "SplitAdjusted" : "Adjusted") + "\" (or \"Adjusted\") for " + symbol + " in the session config.");
            }
        }

        if (mode != NormalizationMode.Raw && !table.Problems.IsEmpty)
        {
            warnings.Add("The corporate-action table of " + symbol + " has " + CountText.Of(table.Problems.Count, "problem", "problems")
                + " (the rows named are not used): " + table.Problems[0].Message);
        }

        return (EquatableArray<string>.FromOwnedArray(notes.ToArray()), EquatableArray<string>.FromOwnedArray(warnings.ToArray()));
    }

    // Under SplitAdjusted, the dividends inside the window stay as stored.
    private static string Unadjusted(NormalizationMode mode, CorporateAction[] inside) =>
        mode == NormalizationMode.SplitAdjusted && inside.Any(a => a.Kind == CorporateActionKind.Dividend)
            ? " (dividends not adjusted in this mode)"
            : string.Empty;
}
