using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Data;
using Provisioning.Data.CorporateActions;
using Provisioning.Data.Quality;

namespace Provisioning.Cli.Reports;

/// <summary>The quality of one symbol's stored history of one interval, as JSON.</summary>
internal sealed record QualityReport(
    string Symbol,
    string Interval,
    DateTime FromUtc,
    DateTime ToUtc,
    int ExpectedBars,
    int PresentBars,
    double QualityPercent,
    int Sessions,
    int EarlyCloses,
    IReadOnlyList<BarGap> Gaps,
    long UnusedRows,
    BarReadCounts Read,
    int OutsideSession,
    int OffGrid,
    IReadOnlyList<string> Problems)
{
    /// <summary>The corporate actions whose ex-dates fall inside the range.</summary>
    public ActionDigestReport CorporateActions { get; init; } = ActionDigestReport.From(ActionDigest.None);

    public static QualityReport From(HistoricalQualityReport report) =>
        new(
            report.Symbol,
            report.Interval.ToString(),
            report.FromUtc,
            report.ToUtc,
            report.ExpectedBars,
            report.PresentBars,
            Math.Round(report.QualityPercent, 4),
            report.Sessions.Count,
            report.Sessions.Count(s => s.IsEarlyClose),
            report.Gaps.ToArray(),
            report.UnusedRows,
            report.Read,
            report.OutsideSession,
            report.OffGrid,
            report.Problems.Select(p => p.Message).ToArray())
        {
            CorporateActions = ActionDigestReport.From(report.CorporateActions),
        };
}
