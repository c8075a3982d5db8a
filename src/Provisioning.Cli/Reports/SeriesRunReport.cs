using System;
using Provisioning.Session;

namespace Provisioning.Cli.Reports;

/// <summary>A bar series of a symbol at the close, as JSON: history and streamed bars together.</summary>
internal sealed record SeriesRunReport(string Interval, string? BuiltFrom, int Bars, DateTime? FirstBarUtc, DateTime? LastBarUtc, double? LastClose)
{
    public static SeriesRunReport From(BarSeries series)
    {
        var hasLast = series.TryGetLast(out var last);
        return new SeriesRunReport(
            series.Interval.ToString(),
            series.BuiltFrom?.ToString(),
            series.Count,
            series.Count > 0 ? series[0].Start : null,
            hasLast ? last.Start : null,
            hasLast ? last.Close : null);
    }
}
