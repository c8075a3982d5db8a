using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Cli.Reports;

/// <summary>What the session held for one symbol at the close, as JSON: who added it, its bars and its indicators.</summary>
internal sealed record SymbolRunReport(
    string Symbol,
    ProvisionSource AddedBy,
    bool MeetsSessionConfigRequirements,
    bool AutoProvisioned,
    bool UpgradedFromAdhoc,
    DateTime AddedAtUtc,
    IReadOnlyList<SeriesRunReport> Series,
    IReadOnlyList<IndicatorRunReport> Indicators)
{
    public static SymbolRunReport From(SymbolData symbol)
    {
        var metadata = symbol.Metadata;
        var series = new List<SeriesRunReport>();
        foreach (var interval in symbol.Intervals)
        {
            if (symbol.TryGetBars(interval, out var bars))
            {
                series.Add(SeriesRunReport.From(bars));
            }
        }

        return new SymbolRunReport(
            symbol.Symbol,
            metadata.AddedBy,
            metadata.MeetsSessionConfigRequirements,
            metadata.AutoProvisioned,
            metadata.UpgradedFromAdhoc,
            metadata.AddedAtUtc,
            series,
            symbol.Indicators.Select(IndicatorRunReport.From).ToArray());
    }
}
