using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Cli.Cluster;
using Provisioning.Cli.CommandLine;
using Provisioning.Cli.Loading;
using Provisioning.Cli.Output;
using Provisioning.Cli.Reports;
using Provisioning.Cli.Running;
using Provisioning.Calendar;
using Provisioning.Session;
using Provisioning.Text;
using Spectre.Console;

namespace Provisioning.Cli.Commands;

/// <summary><c>provision run</c>: a replay session on the stored bars, with progress.</summary>
internal static class RunCommand
{
    public const string Name = "run";

    public const string Explanation = """
        Runs a trading session as a replay of one day of stored bars, through the session runtime:
          - before the open, every config symbol and then every config indicator goes through the unified flow
            (requirement analysis, Step 0, plan, execution): history loads with progress, derived intervals get their
            aggregators, indicators are warmed on the history through the same code as live bars;
          - from the open to the close, the day's base bars are streamed from the store on a replay clock (as fast as
            they can be read), derived bars are built and indicators updated as they arrive;
          - a closing report: each addition and how it ended, and per symbol who added it, the bars held and the
            indicator values at the close.
        An addition that cannot proceed is reported and skipped; the session runs without it (exit code 1).
        Needs no server and no network.

        With --strategies, the author's strategies (from their project or built assembly) run in the session: what
        each declares is provisioned for every config symbol before the open, and its indicators can be named in the config.

        Examples:
          provision run --config session.json --date 2024-11-26
          provision run -c session.json --strategies ../MyStrategies/MyStrategies.csproj
          provision run -c demo/session.json                     (the last day the store holds)
          provision run -c session.json --date 2024-11-29 --json > replay.json
          provision run -c session.json --report run.html         (also an HTML report: charts, additions, quality)

        With --dates FROM..TO, one replay per session of the calendar in the range (both dates included), and one report
        with every session's report and their sums; --parallel N runs them in N local worker processes (each a
        `provision run --date D --json`), for a year of replays or a data store on object storage; --cluster GATEWAYS
        replays them on an Orleans cluster's silos (src/Provisioning.Orleans), which must reach the same paths.
          provision run -c session.json --dates 2024-01-02..2024-12-31 --parallel 4 --json > year.json
          provision run -c /shared/session.json --dates 2024-01-02..2024-12-31 --cluster silo1:30000,silo2:30000 --json
        """;

    public static Command Create(CliContext context, TimeProvider clock)
    {
        var config = CliOptions.Config();
        var data = CliOptions.Data();
        var date = new Option<string?>("--date")
        {
            Description = "The trading session to replay (\"2024-11-26\"). Default: the last session the store holds bars for "
                + "(of the first config symbol's finest stream).",
            HelpName = "DATE",
        };
        var dates = new Option<string?>("--dates")
        {
            Description = "Replay every session from FROM to TO (\"2024-01-02..2024-12-31\", both included) and merge the reports. "
                + "Not with --date.",
            HelpName = "FROM..TO",
        };
        var parallel = new Option<int?>("--parallel")
        {
            Description = "With --dates: run the sessions in N local worker processes at once (1 to " + ReplayWorkers.MaxWorkers + "). "
                + "Default: one after another in this process.",
            HelpName = "N",
        };
        var cluster = new Option<string?>("--cluster")
        {
            Description = "With --dates: replay the sessions on an Orleans cluster as its client, one replay grain per date (with "
                + "--parallel N, N at once; default " + ClusterReplays.DefaultInFlight + "). The silos' gateways as host:port[,host:port], "
                + "or a JSON file { \"clusterId\", \"serviceId\", \"gateways\": [\"host:port\"] }. The silos must reach the config, "
                + "data and strategies at the same paths (see docs/scale-out.md).",
            HelpName = "GATEWAYS|FILE.json",
        };
        var json = CliOptions.Json();
        var report = new Option<string?>("--report")
        {
            Description = "Also write the session as one self-contained HTML file that opens offline: per symbol, candlestick charts "
                + "of its intervals with its indicators, the history/live join, each addition, data quality, late and duplicate bars.",
            HelpName = "PATH.html",
        };
        var strategies = CliOptions.Strategies("Its strategies run in the session: their declared bars and indicators are provisioned for every config symbol before the open.");
        var command = new Command(Name, "Replays a trading day from the bar store through the session runtime, with progress and a closing report.")
        {
            config,
            data,
            date,
            dates,
            parallel,
            cluster,
            strategies,
            report,
            json,
        };
        command.SetAction((parse, cancellationToken) =>
            parse.GetValue(dates) is not null || parse.GetValue(parallel) is not null || parse.GetValue(cluster) is not null
                ? RunSeriesCommand.RunAsync(
                    context,
                    new RunSeriesArguments(
                        parse.GetValue(config)!,
                        parse.GetValue(data),
                        parse.GetValue(date),
                        parse.GetValue(dates),
                        parse.GetValue(parallel),
                        parse.GetValue(strategies),
                        parse.GetValue(json),
                        parse.GetValue(cluster)),
                    cancellationToken)
                : RunAsync(
                    context,
                    clock,
                    parse.GetValue(config)!,
                    parse.GetValue(data),
                    parse.GetValue(date),
                    parse.GetValue(strategies),
                    parse.GetValue(report),
                    parse.GetValue(json),
                    cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, TimeProvider clock, string configFile, string? dataRoot, string? dateText, string? strategiesPath, string? reportPath, bool json, CancellationToken cancellationToken)
    {
        var authored = LoadedStrategies.None;
        if (strategiesPath is not null)
        {
            var (strategies, loadFailure) = await StrategyAssemblyLoader.LoadAsync(strategiesPath, needStrategies: true, cancellationToken).ConfigureAwait(false);
            if (strategies is null)
            {
                return FailureOutput.Report(context, Name, loadFailure!, json);
            }

            authored = strategies;
        }

        if (!new SessionInputLoader(Indicators.__Internals.IndicatorCatalog.Default).TryLoad(configFile, dataRoot, out var inputs, out var failure))
        {
            return FailureOutput.Report(context, Name, failure, json);
        }

        var loaded = inputs.Loaded;
        FailureOutput.Warnings(context, loaded);
        var (session, dateFailure) = await ReplayDate.ResolveAsync(dateText, inputs, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        if (session is not { } day)
        {
            return FailureOutput.Report(context, Name, dateFailure!, json);
        }

        SessionStartReport start;
        ReplayRun run;
        var title = string.Create(CultureInfo.InvariantCulture,
            $"Replaying {day.Date:yyyy-MM-dd} on {loaded.Config.Exchange} ({Local(loaded, day.OpenUtc)}-{Local(loaded, day.CloseUtc)} exchange time), {loaded.Config.Symbols.Count} config symbols");
        if (json)
        {
            run = new ReplayRun(inputs, day, authored.Strategies, SilentRunDisplay.Instance);
            start = await run.StartAsync(cancellationToken).ConfigureAwait(false);
            await run.ReplayAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (context.IsTerminal)
        {
            var console = context.CreateConsole();
            (run, start) = await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var display = new LiveRunDisplay(progress, console);
                    var replay = new ReplayRun(inputs, day, authored.Strategies, display);
                    display.Phase(title);
                    display.Phase(BeforeTheOpen(authored));
                    var report = await replay.StartAsync(cancellationToken).ConfigureAwait(false);
                    display.Phase("Replaying the session");
                    var clockTask = display.AddReplayTask("session " + day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (day.CloseUtc - day.OpenUtc).TotalMinutes);
                    var replaying = replay.ReplayAsync(cancellationToken);
                    while (!replaying.IsCompleted)
                    {
                        clockTask.Value = (replay.Clock.UtcNow - day.OpenUtc).TotalMinutes;
                        await Task.WhenAny(replaying, Task.Delay(100, cancellationToken)).ConfigureAwait(false);
                    }

                    await replaying.ConfigureAwait(false);
                    clockTask.Value = clockTask.MaxValue;
                    return (replay, report);
                }).ConfigureAwait(false);
        }
        else
        {
            var display = new LineRunDisplay(context.Output);
            run = new ReplayRun(inputs, day, authored.Strategies, display);
            display.Phase(title);
            display.Phase(BeforeTheOpen(authored));
            start = await run.StartAsync(cancellationToken).ConfigureAwait(false);
            display.Phase("Replaying the session from the open to the close");
            await run.ReplayAsync(cancellationToken).ConfigureAwait(false);
        }

        var result = Report(inputs, day, start, run);
        if (json)
        {
            JsonOutput.Write(context.Output, result);
        }
        else
        {
            RunView.Render(context.CreateConsole(), result);
        }

        if (reportPath is not null)
        {
            try
            {
                await run.Coordinator.WriteReportAsync(reportPath, cancellationToken).ConfigureAwait(false);
                // With --json, standard output holds the JSON document alone.
                (json ? context.Error : context.Output).WriteLine("Report: " + Path.GetFullPath(reportPath));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                context.Error.WriteLine($"error: could not write the report to {EchoedText.Quote(reportPath)}: {EchoedText.OneLine(exception.Message)}");
                return ExitCodes.Unexpected;
            }
        }

        return result.ExitCode;
    }

    /// <summary>The closing report of one replayed session.</summary>
    internal static RunReport Report(SessionInputs inputs, TradingSession day, SessionStartReport start, ReplayRun run)
    {
        var loaded = inputs.Loaded;
        var notSucceeded = start.NotSucceeded.Count;
        var exitCode = notSucceeded == 0 ? ExitCodes.Ok : ExitCodes.ValidationFailed;
        var coordinator = run.Coordinator;
        return new RunReport(
            Name,
            exitCode == ExitCodes.Ok,
            exitCode,
            loaded.File,
            inputs.DataRoot,
            loaded.Config.Exchange,
            day.Date,
            day.OpenUtc,
            day.CloseUtc,
            day.IsEarlyClose,
            start.Results.Select(AdditionRunReport.From).ToArray(),
            coordinator.Data.Symbols.Select(SymbolRunReport.From).ToArray(),
            new RunSummary(start.Results.Count, start.Results.Count - notSucceeded, start.PartialHistory.Count, notSucceeded, coordinator.Data.UnroutedBars, run.Elapsed.TotalMilliseconds));
    }

    private static string BeforeTheOpen(LoadedStrategies authored) =>
        authored.Strategies.Count == 0
            ? "Before the open: provisioning config symbols and indicators"
            : "Before the open: provisioning config symbols and indicators, and the declarations of "
                + string.Join(", ", authored.Strategies.Select(s => s.Manifest.StrategyName));

    private static string Local(LoadedConfig loaded, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, loaded.Calendar.TimeZone).ToString("HH:mm", CultureInfo.InvariantCulture);
}
