using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Cli.CommandLine;
using Provisioning.Cli.Loading;
using Provisioning.Cli.Output;
using Provisioning.Cli.Reports;
using Provisioning.Cli.Sample;
using Provisioning.Data.Sample;
using Spectre.Console;

namespace Provisioning.Cli.Commands;

/// <summary><c>provision sample-data</c>: writes the bundled sample dataset and an example config.</summary>
internal static class SampleDataCommand
{
    public const string Name = "sample-data";

    public const string Explanation = """
        The sample dataset: deterministic bars (a seeded random walk, identical on every machine) for AAPL, MSFT, SPY, NVDA,
        AMD and PLTR on XNYS sessions: 1d bars from 2023-01-03 and 1m bars for November and December 2024 (Thanksgiving week
        with the 13:00 close on 2024-11-29, and 2024-12-24), as Parquet files in the default layout
        (interval=1m/symbol=AAPL/year=2024.parquet), about 2.5 MB. An example session.json is written into the folder unless
        one is there (it is never overwritten). Running it again on the same folder rewrites nothing.
        --exchange writes the same symbols on another calendar's sessions (XLON, XTKS with its lunch break, CMES from the
        evening before, 24/7, 24/5, or a definition file); without it, the exchange of the session.json already in the
        folder, else XNYS. The example config written names that exchange.

        Examples:
          provision sample-data --out demo
          provision sample-data --out demo-tokyo --exchange XTKS
          provision plan --config demo/session.json --at 2024-11-26T09:30
          provision validate --config demo/session.json --at 2024-11-26T09:30
        """;

    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write into (created if needed): it becomes a bar store root, with an example session.json.",
            HelpName = "DIR",
            Required = true,
        };
        var exchange = new Option<string?>("--exchange")
        {
            Description = "The calendar whose sessions the bars follow: XNYS, XLON, XTKS, CMES, 24/7, 24/5 or a definition file (*.json); default: the exchange of the folder's session.json, else XNYS.",
            HelpName = "NAME",
        };
        var json = CliOptions.Json();
        var command = new Command(Name, "Writes the bundled sample bars (six symbols, XNYS or --exchange, Parquet) and an example session.json into a folder.")
        {
            output,
            exchange,
            json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(output)!, parse.GetValue(exchange), parse.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string outArgument, string? exchangeArgument, bool json, CancellationToken cancellationToken)
    {
        var folder = outArgument.Trim();
        if (folder.Length == 0)
        {
            return FailureOutput.Report(context, Name, CommandFailure.Usage("--out needs a folder, such as --out demo."), json);
        }

        var root = Path.GetFullPath(folder);
        if (File.Exists(root))
        {
            return FailureOutput.Report(context, Name, CommandFailure.Usage($"--out {folder} is a file; pass a folder to write the sample data into."), json);
        }

        var configPath = Path.Combine(root, SampleConfig.FileName);
        var exchange = string.IsNullOrWhiteSpace(exchangeArgument) ? ConfiguredExchange(configPath) : exchangeArgument.Trim();
        if (!ExchangeCalendars.TryResolve(exchange, Directory.GetCurrentDirectory(), out var calendar, out var calendarError))
        {
            return FailureOutput.Report(context, Name, CommandFailure.Usage($"--exchange: {calendarError}"), json);
        }

        var generator = new SampleDataGenerator(calendar);
        bool dataWritten;
        var configWritten = false;
        try
        {
            Directory.CreateDirectory(root);
            dataWritten = await generator.EnsureAsync(root, cancellationToken).ConfigureAwait(false);
            if (!File.Exists(configPath))
            {
                // A definition file is named by its full path: the config lives in another folder than the one it was named from.
                var named = exchange.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Path.GetFullPath(exchange) : calendar.Exchange;
                await File.WriteAllTextAsync(configPath, SampleConfig.For(named), cancellationToken).ConfigureAwait(false);
                configWritten = true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FailureOutput.Report(context, Name, CommandFailure.Unexpected($"cannot write the sample data to {root}: {e.Message}"), json);
        }

        var symbols = generator.Set.Symbols.Select(s => s.Symbol).ToArray();
        if (json)
        {
            JsonOutput.Write(context.Output, new SampleDataReport(Name, true, ExitCodes.Ok, root, dataWritten, symbols, configPath, configWritten));
            return ExitCodes.Ok;
        }

        var console = context.CreateConsole();
        var set = generator.Set;
        console.MarkupLine(dataWritten
            ? $"[green]Wrote sample data[/] on {Markup.Escape(calendar.Exchange)} sessions to [bold]{Markup.Escape(root)}[/]: {Markup.Escape(string.Join(", ", symbols))}; 1d bars from {set.DaysFrom:yyyy-MM-dd}, 1m bars {set.MinutesFrom:yyyy-MM-dd}..{set.MinutesTo:yyyy-MM-dd}."
            : $"[grey]The sample data is already in[/] [bold]{Markup.Escape(root)}[/]; nothing rewritten.");
        console.MarkupLine(configWritten
            ? $"Wrote an example config: [bold]{Markup.Escape(configPath)}[/]"
            : $"[grey]Kept the existing config {Markup.Escape(configPath)}.[/]");
        console.MarkupLine("Next: [bold]" + Markup.Escape($"provision plan --config {Path.Combine(folder, SampleConfig.FileName)} --at 2024-11-26T09:30") + "[/]");
        return ExitCodes.Ok;
    }

    // The exchange of a session.json already in the folder (read leniently: a file that does not parse leaves XNYS).
    private static string ConfiguredExchange(string configPath)
    {
        try
        {
            if (File.Exists(configPath)
                && new SessionInputLoader(Indicators.__Internals.IndicatorCatalog.Default).TryLoadConfig(configPath, out var loaded, out _))
            {
                return loaded.Config.Exchange;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder cannot be read: the default stands, and writing reports the problem.
        }

        return "XNYS";
    }
}
