using System;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Cli.Checking;
using Provisioning.Cli.CommandLine;
using Provisioning.Cli.Loading;
using Provisioning.Cli.Output;
using Provisioning.Cli.Reports;
using Provisioning.Indicators.__Internals;

namespace Provisioning.Cli.Commands;

/// <summary><c>provision validate</c>: Step 0 for every config addition and the data-quality report.</summary>
internal static class ValidateCommand
{
    public const string Name = "validate";

    public const string Explanation = """
        Checks the config and the bar store, each config addition on its own:
          - Step 0 for every config symbol (in the store, base intervals stored, the configured history covered) and every
            config indicator (its warm-up history covered), from Parquet metadata; what is missing is named with what would
            work instead;
          - the data quality of that history: the bars present against the bars the exchange calendar expects per session
            (early closes expect fewer), the gaps, and the rows the store could not use (duplicates, out of order, bad
            prices, high below low, bad volume, nulls, outside sessions, off the bar grid);
          - each config symbol's corporate actions (splits, dividends) and the normalization its history is loaded in.
        Exit code 1 when Step 0 finds anything in the way, or a series is below --min-quality.

        Examples:
          provision validate --config session.json --at 2024-11-26T09:30
          provision validate -c session.json --data /mnt/bars --min-quality 99.5
          provision validate -c session.json --at 2024-11-26 --json | jq '.quality[] | {symbol, qualityPercent}'
        """;

    public static Command Create(CliContext context, TimeProvider clock)
    {
        var config = CliOptions.Config();
        var data = CliOptions.Data();
        var at = CliOptions.At();
        var json = CliOptions.Json();
        var minimumQuality = new Option<double?>("--min-quality")
        {
            Description = "Fail (exit code 1) when any measured series has less than this percentage of the bars the calendar expects.",
            HelpName = "PERCENT",
        };
        var strategies = CliOptions.Strategies("Its indicators can be named in the config.");
        var command = new Command(Name, "Step 0 against the bar store for every config symbol and indicator, and the data quality of the history they read.")
        {
            config,
            data,
            at,
            minimumQuality,
            strategies,
            json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            clock,
            parse.GetValue(config)!,
            parse.GetValue(data),
            parse.GetValue(at),
            parse.GetValue(minimumQuality),
            parse.GetValue(strategies),
            parse.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context,
        TimeProvider clock,
        string configFile,
        string? dataRoot,
        string? atText,
        double? minimumQuality,
        string? strategiesPath,
        bool json,
        CancellationToken cancellationToken)
    {
        if (minimumQuality is { } min && (double.IsNaN(min) || min < 0 || min > 100))
        {
            return FailureOutput.Report(context, Name, CommandFailure.Usage($"--min-quality {min} is not a percentage: write a number from 0 to 100, such as 99.5."), json);
        }

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

        var result = await new DataCheck(loaded.Config, loaded.Markets, inputs.Store, catalog).RunAsync(atUtc, cancellationToken).ConfigureAwait(false);
        var blocked = result.Checks.Count(e => !e.CanProceed);
        var below = result.Quality.Count(r => ValidateView.IsBelow(r, minimumQuality));
        var exitCode = blocked == 0 && below == 0 ? ExitCodes.Ok : ExitCodes.ValidationFailed;
        if (json)
        {
            JsonOutput.Write(context.Output, new ValidateReport(
                Name,
                exitCode == ExitCodes.Ok,
                exitCode,
                loaded.File,
                inputs.DataRoot,
                loaded.Config.Exchange,
                atUtc,
                loaded.Warnings,
                result.Checks.Select(AdditionReport.From).ToArray(),
                result.Quality.Select(QualityReport.From).ToArray(),
                result.Notes,
                new ValidateSummary(result.Checks.Count, blocked, result.Quality.Count, below, minimumQuality))
            {
                CorporateActions = result.CorporateActions,
            });
        }
        else
        {
            ValidateView.Render(context.CreateConsole(), loaded.File, inputs.DataRoot, atUtc, result, minimumQuality);
        }

        return exitCode;
    }
}
