using System;
using System.Globalization;
using System.Linq;
using Provisioning.Cli.Checking;
using Provisioning.Data.Quality;
using Provisioning.Text;
using Spectre.Console;

namespace Provisioning.Cli.Output;

/// <summary>A validation for people: a Step 0 table, a data-quality table, the largest gaps, and a verdict.</summary>
internal static class ValidateView
{
    private const int GapsShown = 5;

    public static void Render(IAnsiConsole console, string configFile, string dataRoot, DateTime atUtc, DataCheckResult result, double? minimumQuality)
    {
        console.Write(new Rule($"[bold]provision validate[/] {Markup.Escape(configFile)}").LeftJustified());
        console.MarkupLine($"Session clock [bold]{Text(atUtc)}[/], data [bold]{Markup.Escape(dataRoot)}[/]");
        console.WriteLine();

        var checks = new Table().Border(TableBorder.Rounded).Title("[bold]Step 0: symbols, base intervals and history in the store[/]");
        checks.AddColumn("Symbol");
        checks.AddColumn("Addition");
        checks.AddColumn("Interval");
        checks.AddColumn("Result");
        checks.AddColumn("Detail");
        foreach (var entry in result.Checks)
        {
            if (entry.Checks.IsEmpty)
            {
                checks.AddRow(Markup.Escape(entry.Symbol), Markup.Escape(entry.Addition), "-", Mark(entry.CanProceed), Markup.Escape(string.Join(" ", entry.Errors)));
                continue;
            }

            foreach (var check in entry.Checks)
            {
                var detail = check.CanProceed
                    ? check.Reason
                    : string.Join(" ", check.Problems.Select(p => p.Message)) + string.Concat(check.Suggestions.Select(s => "\n- instead: " + s));
                if (check.Availability is { CorporateActions.Count: > 0 } availability)
                {
                    detail += "\nstore: " + availability.CorporateActions.Summary();
                }

                checks.AddRow(
                    Markup.Escape(entry.Symbol),
                    Markup.Escape(entry.Addition),
                    check.BaseInterval?.ToString() ?? "-",
                    Mark(check.CanProceed),
                    Markup.Escape(detail));
            }
        }

        console.Write(checks);
        console.WriteLine();

        if (result.Quality.Count > 0)
        {
            var quality = new Table().Border(TableBorder.Rounded).Title("[bold]Data quality of the history the session reads[/]");
            quality.AddColumn("Symbol");
            quality.AddColumn("Interval");
            quality.AddColumn("Range (UTC)");
            quality.AddColumn(new TableColumn("Bars present/expected").RightAligned());
            quality.AddColumn(new TableColumn("Quality").RightAligned());
            quality.AddColumn(new TableColumn("Sessions").RightAligned());
            quality.AddColumn(new TableColumn("Gaps").RightAligned());
            quality.AddColumn(new TableColumn("Rows not used").RightAligned());
            foreach (var report in result.Quality)
            {
                var low = minimumQuality is { } min && report.QualityPercent < min;
                quality.AddRow(
                    Markup.Escape(report.Symbol),
                    report.Interval.ToString(),
                    Text(report.FromUtc) + " .. " + Text(report.ToUtc),
                    string.Create(CultureInfo.InvariantCulture, $"{report.PresentBars:#,0}/{report.ExpectedBars:#,0}"),
                    (low ? "[red]" : "[green]") + report.QualityPercent.ToString("0.##", CultureInfo.InvariantCulture) + "%[/]",
                    report.Sessions.Count.ToString(CultureInfo.InvariantCulture)
                        + (report.Sessions.Any(s => s.IsEarlyClose) ? " (" + report.Sessions.Count(s => s.IsEarlyClose) + " early close)" : string.Empty),
                    report.Gaps.Count.ToString(CultureInfo.InvariantCulture),
                    report.UnusedRows.ToString(CultureInfo.InvariantCulture));
            }

            console.Write(quality);
            foreach (var report in result.Quality.Where(r => !r.Gaps.IsEmpty || !r.Problems.IsEmpty || r.CorporateActions.Count > 0))
            {
                console.MarkupLine(Markup.Escape(report.ToString()));
                foreach (var gap in report.Gaps.OrderByDescending(g => g.MissingBars).Take(GapsShown))
                {
                    console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                        $"  gap on {gap.SessionDate:yyyy-MM-dd}: {CountText.Of(gap.MissingBars, "bar", "bars")} missing, {Text(gap.FromUtc)} .. {Text(gap.ToUtc)}")));
                }
            }

            console.WriteLine();
        }

        if (result.CorporateActions.Count > 0)
        {
            console.MarkupLine("[bold]Corporate actions[/] (history is adjusted as of the session date; docs/corporate-actions.md)");
            foreach (var symbol in result.CorporateActions)
            {
                var listed = symbol.Actions.Count == 0 ? "none" : string.Join("; ", symbol.Actions.Select(a => a.Description));
                console.MarkupLine("  " + Markup.Escape(symbol.Symbol + " (" + symbol.Normalization + "): " + listed));
                foreach (var problem in symbol.Problems)
                {
                    console.MarkupLine("  [yellow]" + Markup.Escape(problem) + "[/]");
                }
            }

            console.WriteLine();
        }

        foreach (var note in result.Notes)
        {
            console.MarkupLine("[grey]" + Markup.Escape(note) + "[/]");
        }

        var blocked = result.Checks.Count(e => !e.CanProceed);
        var below = minimumQuality is { } minimum ? result.Quality.Count(r => r.QualityPercent < minimum) : 0;
        if (blocked == 0 && below == 0)
        {
            console.MarkupLine($"[green]Valid: {CountText.Of(result.Checks.Count, "addition passes", "additions pass")} Step 0; {result.Quality.Count:#,0} series measured.[/]");
        }
        else
        {
            console.MarkupLine($"[red]Not valid: {blocked:#,0} of {CountText.Of(result.Checks.Count, "addition fails", "additions fail")} Step 0"
                + (minimumQuality is { } m ? string.Create(CultureInfo.InvariantCulture, $"; {below} series below {m:0.##}% quality") : string.Empty) + ".[/]");
        }
    }

    /// <summary>True when <paramref name="report"/> is below <paramref name="minimumQuality"/>.</summary>
    public static bool IsBelow(HistoricalQualityReport report, double? minimumQuality) => minimumQuality is { } min && report.QualityPercent < min;

    private static string Mark(bool ok) => ok ? "[green]ok[/]" : "[red]failed[/]";

    private static string Text(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
