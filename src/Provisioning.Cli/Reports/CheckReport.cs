using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Planning.Validation;

namespace Provisioning.Cli.Reports;

/// <summary>One Step 0 check (a symbol and one base interval against the store), as JSON.</summary>
internal sealed record CheckReport(
    string Symbol,
    string? Interval,
    bool CanProceed,
    bool SymbolKnown,
    bool BaseIntervalStored,
    bool HistoryCovered,
    DateTime? FirstStoredUtc,
    DateTime? LastStoredUtc,
    DateTime? FirstNeededUtc,
    DateTime? LastNeededUtc,
    string Reason,
    IReadOnlyList<ProblemReport> Problems,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>The symbol's corporate-action table in the store (all of it); null when the store was not read.</summary>
    public ActionDigestReport? StoredCorporateActions { get; init; }

    public static CheckReport From(SymbolValidationResult result) =>
        new(
            result.Symbol,
            result.BaseInterval?.ToString(),
            result.CanProceed,
            result.SymbolKnown,
            result.BaseIntervalStored,
            result.HistoryCovered,
            result.Availability?.FirstBarUtc,
            result.Availability?.LastBarUtc,
            result.FirstNeededUtc,
            result.LastNeededUtc,
            result.Reason,
            result.Problems.Select(p => new ProblemReport(p.Kind.ToString(), p.Message, p.Path)).ToArray(),
            result.Suggestions.ToArray())
        {
            StoredCorporateActions = result.Availability is { } availability ? ActionDigestReport.From(availability.CorporateActions) : null,
        };
}
