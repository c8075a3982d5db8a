using System.Collections.Generic;
using Provisioning.Planning;
using Provisioning.Data.Quality;

namespace Provisioning.Cli.Checking;

/// <summary>What <c>provision validate</c> found: Step 0 for every config addition, and the quality of the history they read.</summary>
/// <param name="Checks">Each config symbol, then each config indicator of it, with its Step 0 checks (no plan).</param>
/// <param name="Quality">The quality of each symbol's history per base interval, over the range the additions read.</param>
/// <param name="Notes">Series whose quality was not measured, and why.</param>
internal sealed record DataCheckResult(IReadOnlyList<DryRunEntry> Checks, IReadOnlyList<HistoricalQualityReport> Quality, IReadOnlyList<string> Notes)
{
    /// <summary>Each config symbol's corporate actions and the normalization its history is loaded in.</summary>
    public IReadOnlyList<Reports.CorporateActionReport> CorporateActions { get; init; } = [];
}
