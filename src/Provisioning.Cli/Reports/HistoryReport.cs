using System;
using Provisioning.Requirements;

namespace Provisioning.Cli.Reports;

/// <summary>History an addition needs, as JSON.</summary>
internal sealed record HistoryReport(string Interval, int WarmupBars, double Multiplier, int Bars, int TradingDays, int CalendarDays, DateTime StartUtc, DateTime EndUtc)
{
    public static HistoryReport From(HistoryEstimate estimate) =>
        new(estimate.Interval.ToString(), estimate.WarmupBars, estimate.Multiplier, estimate.Bars, estimate.TradingDays, estimate.CalendarDays, estimate.StartUtc, estimate.EndUtc);
}
