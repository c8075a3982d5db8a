using System;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Cli.CommandLine;
using Provisioning.Cli.Loading;
using Provisioning.Cli.Output;
using Provisioning.Planning;
using Provisioning.Cli.Reports;
using Provisioning.Indicators.__Internals;

namespace Provisioning.Cli.Commands;

/// <summary><c>provision plan</c>: the dry run.</summary>
internal static class PlanCommand
{
    public const string Name = "plan";

    public const string Explanation = """
        For every config symbol, then every config indicator of it, in the order the session adds them:
          - the requirement analysis: intervals (base and derived, and which base builds each), warm-up bars × the
            multiplier, and the history that takes in trading days and calendar days on the exchange calendar;
          - Step 0 against the bar store, from directory listings and Parquet metadata (no bar is read): the symbol is in
            the store, its base intervals are stored, the stored history covers what is needed;
          - the plan: the typed steps (CreateSymbol, AddInterval, LoadHistorical, StartSessionStream, RegisterIndicator...)
            against the state the additions before it leave, so an indicator on an interval the symbol already has only
            registers the indicator.
        With --remove SYMBOL (repeatable), the config's removal of each symbol after the additions: the typed removal
        steps (UnregisterIndicator, StopSessionStream, DropInterval, DropSymbol) of what nothing else holds.
        Nothing is loaded. Exit code 1 when the config has errors or any addition or removal cannot proceed.

        Examples:
          provision plan --config session.json --at 2024-11-26T09:30
          provision plan -c session.json --data ./data --at "2024-11-26 10:30"
          provision plan -c session.json --at 2024-11-26 --json > plan.json
          provision plan -c session.json --at 2024-11-26 --remove AAPL
        """;

    public static Command Create(CliContext context, TimeProvider clock)
    {
        var config = CliOptions.Config();
        var data = CliOptions.Data();
        var at = CliOptions.At();
        var json = CliOptions.Json();
        var strategies = CliOptions.Strategies("Its indicators can be named in the config.");
        var remove = new Option<string[]>("--remove")
        {
            Description = "Also plan the config's removal of this symbol after the additions (repeatable).",
            HelpName = "SYMBOL",
        };
        var command = new Command(Name, "Dry run, like `terraform plan`: requirements, Step 0 and the typed steps per config symbol and indicator; nothing is loaded.")
        {
            config,
            data,
            at,
            strategies,
            remove,
            json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            clock,
            parse.GetValue(config)!,
            parse.GetValue(data),
            parse.GetValue(at),
            parse.GetValue(strategies),
            parse.GetValue(remove) ?? [],
            parse.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, TimeProvider clock, string configFile, string? dataRoot, string? atText, string? strategiesPath, string[] removals, bool json, CancellationToken cancellationToken)
    {
        if (strategiesPath is not null && (await StrategyAssemblyLoader.LoadAsync(strategiesPath, needStrategies: false, cancellationToken).ConfigureAwait(false)).Failure is { } loadFailure)
        {
            return FailureOutput.Report(context, Name, loadFailure, json);
        }

        var catalog = IndicatorCatalog.Default;
        if (!new SessionInputLoader(catalog).TryLoad(configFile, dataRoot, out var inputs, out var failure))
        {
            return FailureOutput.Report(context, Name, failure, json);
        }

        var loaded = inputs.Loaded;
        FailureOutput.Warnings(context, loaded);
        if (!SessionClock.TryResolve(atText, loaded.Calendar, clock.GetUtcNow().UtcDateTime, out var atUtc, out failure))
        {
            return FailureOutput.Report(context, Name, failure, json);
        }

        var entries = await new SessionDryRun(loaded.Config, loaded.Markets, inputs.Store, catalog).PlanAsync(atUtc, removals, cancellationToken).ConfigureAwait(false);
        var blocked = entries.Count(e => !e.CanProceed);
        var exitCode = blocked == 0 ? ExitCodes.Ok : ExitCodes.ValidationFailed;
        if (json)
        {
            JsonOutput.Write(context.Output, new PlanReport(
                Name,
                exitCode == ExitCodes.Ok,
                exitCode,
                loaded.File,
                inputs.DataRoot,
                loaded.Config.Exchange,
                atUtc,
                loaded.Warnings,
                entries.Select(AdditionReport.From).ToArray(),
                new PlanSummary(entries.Count, blocked, entries.Sum(e => e.Plan.Steps.Count))));
        }
        else
        {
            PlanView.Render(context.CreateConsole(), loaded.File, inputs.DataRoot, loaded.Config.Exchange, atUtc, entries);
        }

        return exitCode;
    }
}
