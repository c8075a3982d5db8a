using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Provisioning.Cli.Reports;
using Provisioning.Text;
using Spectre.Console;

namespace Provisioning.Cli.Output;

/// <summary>The closing report of a replay: every addition and how it ended, and what each symbol holds at the close.</summary>
internal static class RunView
{
    public static void Render(IAnsiConsole console, RunReport report)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]Replay of {report.Date:yyyy-MM-dd}[/] ({Markup.Escape(report.Exchange)}{(report.EarlyClose ? ", early close" : string.Empty)})").LeftJustified());

        var additions = new Table().Border(TableBorder.Rounded).Title("[bold]Additions[/]");
        additions.AddColumn("Symbol");
        additions.AddColumn("Addition");
        additions.AddColumn("Source");
        additions.AddColumn("Status");
        additions.AddColumn(new TableColumn("Steps").RightAligned());
        additions.AddColumn("Reason");
        foreach (var addition in report.Additions)
        {
            var succeeded = addition.Status is Execution.AdditionStatus.Succeeded or Execution.AdditionStatus.AlreadySatisfied;
            var partial = addition.Status is Execution.AdditionStatus.SucceededWithPartialHistory;
            additions.AddRow(
                Markup.Escape(addition.Symbol),
                Markup.Escape(addition.Addition),
                addition.Source.ToString(),
                (succeeded ? "[green]" : partial ? "[yellow]" : "[red]") + addition.Status + "[/]",
                addition.Steps.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(succeeded ? string.Empty : addition.Reason ?? string.Empty));
        }

        console.Write(additions);

        var symbols = new Table().Border(TableBorder.Rounded).Title("[bold]At the close[/]");
        symbols.AddColumn("Symbol");
        symbols.AddColumn("Added by");
        symbols.AddColumn("Bars held");
        symbols.AddColumn("Indicators");
        foreach (var symbol in report.Symbols)
        {
            symbols.AddRow(
                Markup.Escape(symbol.Symbol),
                Markup.Escape(Metadata(symbol)),
                Markup.Escape(string.Join("\n", symbol.Series.Select(Series))),
                Markup.Escape(string.Join("\n", symbol.Indicators.Select(Indicator))));
        }

        console.Write(symbols);
        var summary = report.Summary;
        var colour = summary.NotSucceeded > 0 ? "red" : summary.PartialHistory > 0 ? "yellow" : "green";
        console.MarkupLine(summary.NotSucceeded == 0
            ? string.Create(CultureInfo.InvariantCulture, $"[{colour}]Replayed {report.Date:yyyy-MM-dd}: {CountText.Of(summary.Succeeded, "addition", "additions")} succeeded in {summary.ElapsedMilliseconds:#,0} ms.[/]")
            : string.Create(CultureInfo.InvariantCulture, $"[{colour}]Replayed {report.Date:yyyy-MM-dd}: {CountText.Of(summary.Succeeded, "addition", "additions")} succeeded, {summary.NotSucceeded:#,0} did not (see Reason); the session ran without them.[/]"));
        if (summary.PartialHistory > 0)
        {
            // A success that is short of history is not a plain success: say how many, in the warning colour.
            console.MarkupLine($"[yellow]{CountText.Of(summary.PartialHistory, "addition", "additions")} came back with less history than expected (SucceededWithPartialHistory; see Reason).[/]");
        }
    }

    private static string Metadata(SymbolRunReport symbol)
    {
        var flags = new List<string> { symbol.AddedBy.ToString() };
        if (symbol.MeetsSessionConfigRequirements)
        {
            flags.Add("meets config");
        }

        if (symbol.AutoProvisioned)
        {
            flags.Add("auto-provisioned");
        }

        if (symbol.UpgradedFromAdhoc)
        {
            flags.Add("upgraded from ad hoc");
        }

        return string.Join(", ", flags);
    }

    private static string Series(SeriesRunReport series) =>
        string.Create(CultureInfo.InvariantCulture, $"{series.Interval}: {series.Bars:#,0}")
        + (series.LastClose is { } close ? string.Create(CultureInfo.InvariantCulture, $", last close {close:0.00} at {Time(series.LastBarUtc)}") : string.Empty);

    private static string Indicator(IndicatorRunReport indicator) =>
        indicator.Key + " = " + (indicator.Value is { } value ? value.ToString("0.####", CultureInfo.InvariantCulture) : "not ready");

    private static string Time(DateTime? utc) => utc?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "-";
}
