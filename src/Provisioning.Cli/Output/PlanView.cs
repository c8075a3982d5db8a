using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Text;
using Spectre.Console;

namespace Provisioning.Cli.Output;

/// <summary>A dry run for people: one tree per config symbol (its analysis, Step 0 and steps, then its indicators) and a summary table.</summary>
internal static class PlanView
{
    public static void Render(IAnsiConsole console, string configFile, string dataRoot, string exchange, DateTime atUtc, IReadOnlyList<DryRunEntry> entries)
    {
        console.Write(new Rule($"[bold]provision plan[/] {Markup.Escape(configFile)}").LeftJustified());
        console.MarkupLine($"Exchange [bold]{Markup.Escape(exchange)}[/], session clock [bold]{Text(atUtc)}[/], data [bold]{Markup.Escape(dataRoot)}[/]");
        console.MarkupLine("[grey]Dry run: requirement analysis, Step 0 against the store's metadata, and the plan. Nothing is loaded.[/]");
        console.WriteLine();

        foreach (var group in entries.GroupBy(e => e.Symbol))
        {
            var symbolEntry = group.First();
            var tree = new Tree(Heading(symbolEntry, symbolEntry.Symbol));
            Describe(tree.AddNode("[bold]requirements[/]"), symbolEntry);
            foreach (var indicator in group.Skip(1))
            {
                var node = tree.AddNode(Heading(indicator, indicator.Addition));
                Describe(node, indicator);
            }

            console.Write(tree);
            console.WriteLine();
        }

        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Plan[/]");
        table.AddColumn("Symbol");
        table.AddColumn("Addition");
        table.AddColumn("Source");
        table.AddColumn("Status");
        table.AddColumn(new TableColumn("Steps").RightAligned());
        foreach (var entry in entries)
        {
            table.AddRow(
                Markup.Escape(entry.Symbol),
                Markup.Escape(entry.Addition),
                entry.Requirements.Source.ToString(),
                Status(entry),
                entry.Plan.Steps.Count.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        var blocked = entries.Count(e => !e.CanProceed);
        var steps = entries.Sum(e => e.Plan.Steps.Count);
        console.MarkupLine(blocked == 0
            ? $"[green]Plan: {CountText.Of(entries.Count, "addition", "additions")}, {Steps(steps)}. Nothing is in the way; nothing was loaded.[/]"
            : $"[red]Plan: {CountText.Of(entries.Count, "addition", "additions")}, {Steps(steps)}; {CountText.Of(blocked, "addition", "additions")} cannot proceed (see their Step 0 problems above).[/]");
    }

    private static string Heading(DryRunEntry entry, string title) =>
        $"[bold]{Markup.Escape(title)}[/] [grey]({entry.Requirements.Source})[/] {Status(entry)}";

    private static void Describe(TreeNode node, DryRunEntry entry)
    {
        var requirements = entry.Requirements;
        if (requirements.Reason.Length > 0)
        {
            node.AddNode(Markup.Escape(requirements.Reason));
        }

        if (!requirements.IntervalRequirements.IsEmpty)
        {
            node.AddNode("intervals: " + Markup.Escape(string.Join(", ", requirements.IntervalRequirements.Select(i =>
                i.BuiltFrom is { } b ? i.Interval + " (from " + b + ")" : i.Interval + " (base)"))));
        }

        foreach (var load in requirements.HistoryLoads)
        {
            node.AddNode(Markup.Escape(History(load)));
        }

        foreach (var check in entry.Checks)
        {
            if (check.CanProceed)
            {
                node.AddNode("[green]Step 0 ok:[/] " + Markup.Escape(check.Reason));
                continue;
            }

            var failed = node.AddNode("[red]Step 0 failed:[/] " + Markup.Escape(string.Join(" ", check.Problems.Select(p => p.Message))));
            foreach (var suggestion in check.Suggestions)
            {
                failed.AddNode("instead: " + Markup.Escape(suggestion));
            }
        }

        foreach (var action in entry.Validation.CorporateActions)
        {
            node.AddNode("[blue]corporate action:[/] " + Markup.Escape(action));
        }

        foreach (var warning in entry.Validation.Warnings)
        {
            node.AddNode("[yellow]warning:[/] " + Markup.Escape(warning));
        }

        var fromChecks = entry.Checks.SelectMany(c => c.Problems).Select(p => p.Message).ToList();
        foreach (var error in entry.Errors)
        {
            if (error != requirements.Reason && !fromChecks.Any(message => error.StartsWith(message, StringComparison.Ordinal)))
            {
                node.AddNode("[red]blocked:[/] " + Markup.Escape(error));
            }
        }

        if (!entry.CanProceed)
        {
            return;
        }

        var steps = node.AddNode(entry.Plan.IsEmpty ? "[grey]plan: nothing to do (already satisfied)[/]" : $"[bold]plan[/] ({Steps(entry.Plan.Steps.Count)})");
        foreach (var step in entry.Plan.Steps)
        {
            steps.AddNode($"[green]+[/] [bold]{step.GetType().Name}[/]: {Markup.Escape(step.Describe())}");
        }
    }

    private static string History(HistoryEstimate load) =>
        string.Create(CultureInfo.InvariantCulture,
            $"history: {CountText.Of(load.Bars, load.Interval + " bar", load.Interval + " bars")} over {CountText.Of(load.TradingDays, "trading day", "trading days")} ({CountText.Of(load.CalendarDays, "calendar day", "calendar days")}), {Text(load.StartUtc)} .. {Text(load.EndUtc)}");

    private static string Status(DryRunEntry entry) =>
        !entry.CanProceed ? "[red]cannot proceed[/]"
        : entry.Plan.IsEmpty ? "[grey]already satisfied[/]"
        : "[green]ready[/]";

    private static string Steps(int count) => CountText.Of(count, "step", "steps");

    private static string Text(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
