using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Cli.Cluster;
using Provisioning.Cli.CommandLine;
using Provisioning.Cli.Loading;
using Provisioning.Cli.Output;
using Provisioning.Cli.Reports;
using Provisioning.Cli.Running;
using Provisioning.Config;
using Provisioning.Text;

namespace Provisioning.Cli.Commands;

/// <summary>The options of <c>provision run</c> a series of replays needs.</summary>
internal sealed record RunSeriesArguments(string Config, string? Data, string? Date, string? Dates, int? Parallel, string? Strategies, bool Json, string? Cluster = null);

/// <summary>
/// <c>provision run --dates FROM..TO [--parallel N] [--cluster GATEWAYS]</c>: one replay per session of the range, one
/// after another in this process, in N local worker processes, or by the replay grains of an Orleans cluster (N at
/// once), and one report: each session's run report in date order and their sums.
/// </summary>
internal static class RunSeriesCommand
{
    public static async Task<int> RunAsync(CliContext context, RunSeriesArguments arguments, CancellationToken cancellationToken)
    {
        if (Check(arguments) is { } usage)
        {
            return FailureOutput.Report(context, RunCommand.Name, usage, arguments.Json);
        }

        ClusterAddress? cluster = null;
        if (arguments.Cluster is not null)
        {
            var (address, addressFailure) = ClusterAddress.Parse(arguments.Cluster);
            if (address is null)
            {
                return FailureOutput.Report(context, RunCommand.Name, addressFailure!, arguments.Json);
            }

            cluster = address;
        }

        var authored = LoadedStrategies.None;
        var workers = cluster is null ? arguments.Parallel ?? 0 : 0;
        if (arguments.Strategies is not null && workers == 0)
        {
            var (strategies, loadFailure) = await StrategyAssemblyLoader.LoadAsync(arguments.Strategies, needStrategies: true, cancellationToken).ConfigureAwait(false);
            if (strategies is null)
            {
                return FailureOutput.Report(context, RunCommand.Name, loadFailure!, arguments.Json);
            }

            authored = strategies;
        }

        if (!new SessionInputLoader(Indicators.__Internals.IndicatorCatalog.Default).TryLoad(arguments.Config, arguments.Data, out var inputs, out var failure))
        {
            return FailureOutput.Report(context, RunCommand.Name, failure, arguments.Json);
        }

        var loaded = inputs.Loaded;
        var (days, rangeFailure) = ReplayDates.Resolve(arguments.Dates!, loaded.Calendar);
        if (days is null)
        {
            return FailureOutput.Report(context, RunCommand.Name, rangeFailure!, arguments.Json);
        }

        FailureOutput.Warnings(context, loaded);
        var started = Stopwatch.GetTimestamp();
        var sessions = new List<JsonElement>(days.Count);
        if (cluster is not null)
        {
            var (reports, clusterFailure) = await OnClusterAsync(cluster, arguments, loaded, authored, days.Select(d => d.Date).ToArray(), cancellationToken).ConfigureAwait(false);
            if (reports is null)
            {
                return FailureOutput.Report(context, RunCommand.Name, clusterFailure!, arguments.Json);
            }

            foreach (var session in reports)
            {
                sessions.Add(session);
                Progress(context, arguments.Json, session);
            }
        }
        else if (workers > 0)
        {
            var results = await ReplayWorkers.RunAsync(days.Select(d => d.Date).ToArray(), date => WorkerArguments(arguments, loaded, date), workers, cancellationToken)
                .ConfigureAwait(false);
            foreach (var result in results)
            {
                var session = FromWorker(result);
                sessions.Add(session);
                Progress(context, arguments.Json, session);
            }
        }
        else
        {
            foreach (var day in days)
            {
                // A strategy instance runs in one session: each later day gets new instances from the loaded assembly.
                if (day != days[0] && authored.AssemblyPath.Length > 0)
                {
                    var (fresh, freshFailure) = await StrategyAssemblyLoader.LoadAsync(authored.AssemblyPath, needStrategies: true, cancellationToken).ConfigureAwait(false);
                    authored = fresh ?? throw new InvalidOperationException("The strategies' assembly loaded for the first session no longer loads: " + freshFailure!.Message);
                }

                var run = new ReplayRun(inputs, day, authored.Strategies, SilentRunDisplay.Instance);
                var start = await run.StartAsync(cancellationToken).ConfigureAwait(false);
                await run.ReplayAsync(cancellationToken).ConfigureAwait(false);
                var session = JsonSerializer.SerializeToElement(RunCommand.Report(inputs, day, start, run), JsonOutput.Options);
                sessions.Add(session);
                Progress(context, arguments.Json, session);
            }
        }

        var summary = Summarize(sessions, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var exitCode = summary.SessionsFailed > 0 ? ExitCodes.Unexpected : summary.SessionsNotOk > 0 ? ExitCodes.ValidationFailed : ExitCodes.Ok;
        var report = new RunSeriesReport(
            RunCommand.Name,
            exitCode == ExitCodes.Ok,
            exitCode,
            loaded.File,
            inputs.DataRoot,
            loaded.Config.Exchange,
            days[0].Date,
            days[^1].Date,
            cluster is null ? Math.Max(1, workers) : arguments.Parallel ?? ClusterReplays.DefaultInFlight,
            sessions,
            summary);
        if (arguments.Json)
        {
            JsonOutput.Write(context.Output, report);
        }
        else
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Sessions} sessions {report.From:yyyy-MM-dd}..{report.To:yyyy-MM-dd} on {report.Exchange} ({report.Workers} worker{(report.Workers == 1 ? string.Empty : "s")}): "
                + $"{summary.SessionsOk} ok, {summary.SessionsNotOk} with additions that did not succeed, {summary.SessionsFailed} failed; "
                + $"{summary.Succeeded} of {summary.Additions} additions succeeded, in {summary.ElapsedMilliseconds / 1000:0.0} s."));
        }

        return exitCode;
    }

    /// <summary>
    /// The sessions replayed by the cluster's grains, with the config, data root and strategies' assembly as full paths
    /// (the silos must reach the same paths); a failure when no gateway answers or the cluster fails a call.
    /// </summary>
    private static async Task<(IReadOnlyList<JsonElement>? Reports, CommandFailure? Failure)> OnClusterAsync(
        ClusterAddress cluster, RunSeriesArguments arguments, LoadedConfig loaded, LoadedStrategies authored, IReadOnlyList<DateOnly> dates, CancellationToken cancellationToken)
    {
        var data = string.IsNullOrWhiteSpace(arguments.Data) ? null
            : ObjectStorageRootRule.IsObjectStorage(arguments.Data.Trim()) ? arguments.Data.Trim() : Path.GetFullPath(arguments.Data.Trim());
        var strategies = authored.AssemblyPath.Length == 0 ? null : authored.AssemblyPath;
        var gateways = string.Join(", ", cluster.Gateways.Select(g => g.ToString()));
        ClusterConnection connection;
        try
        {
            connection = await ClusterConnection.ConnectAsync(cluster, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, CommandFailure.Unexpected($"--cluster: no gateway of cluster {EchoedText.Inline(cluster.ClusterId)} answered at {gateways} ({EchoedText.OneLine(e.Message, 300)}); start the silos or check the endpoints and ids."));
        }

        await using (connection.ConfigureAwait(false))
        {
            try
            {
                var reports = await ClusterReplays.RunAsync(connection.Grains, loaded.FullPath, data, dates, strategies, arguments.Parallel ?? ClusterReplays.DefaultInFlight)
                    .WaitAsync(cancellationToken).ConfigureAwait(false);
                return (reports, null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return (null, CommandFailure.Unexpected($"--cluster: the cluster at {gateways} failed a replay ({EchoedText.OneLine(e.Message, 300)}); no report was merged."));
            }
        }
    }

    private static CommandFailure? Check(RunSeriesArguments arguments)
    {
        if (arguments.Dates is null && arguments.Cluster is not null)
        {
            return CommandFailure.Usage("--cluster replays the sessions of --dates on an Orleans cluster; add --dates FROM..TO, such as --dates 2024-01-02..2024-12-31.");
        }

        if (arguments.Dates is null)
        {
            return CommandFailure.Usage("--parallel runs the sessions of --dates in worker processes; add --dates FROM..TO, such as --dates 2024-01-02..2024-12-31.");
        }

        if (arguments.Date is not null)
        {
            return CommandFailure.Usage("--date and --dates cannot be used together: --date replays one session, --dates FROM..TO every session of a range.");
        }

        if (arguments.Parallel is { } n && (n < 1 || n > ReplayWorkers.MaxWorkers))
        {
            return CommandFailure.Usage(string.Create(CultureInfo.InvariantCulture,
                $"--parallel {n} is not a number of workers: use 1 to {ReplayWorkers.MaxWorkers}, or leave it out to replay in this process."));
        }

        return null;
    }

    /// <summary>The child's command line: the same config, data and strategies, one date, JSON out.</summary>
    private static List<string> WorkerArguments(RunSeriesArguments arguments, LoadedConfig loaded, DateOnly date)
    {
        var list = new List<string> { RunCommand.Name, "--config", loaded.FullPath, "--date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--json" };
        if (!string.IsNullOrWhiteSpace(arguments.Data))
        {
            var data = arguments.Data.Trim();
            list.Add("--data");
            list.Add(ObjectStorageRootRule.IsObjectStorage(data) ? data : Path.GetFullPath(data));
        }

        if (!string.IsNullOrWhiteSpace(arguments.Strategies))
        {
            list.Add("--strategies");
            list.Add(Path.GetFullPath(arguments.Strategies.Trim()));
        }

        return list;
    }

    /// <summary>A worker's report; when it printed none, a failure entry with its exit code and standard error (clipped).</summary>
    private static JsonElement FromWorker(WorkerResult result)
    {
        var date = result.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        try
        {
            if (JsonNode.Parse(result.Output) is JsonObject report)
            {
                report["date"] ??= date;
                return JsonSerializer.SerializeToElement(report, JsonOutput.Options);
            }
        }
        catch (JsonException)
        {
            // Not a report: described below.
        }

        var failure = new JsonObject
        {
            ["date"] = date,
            ["ok"] = false,
            ["exitCode"] = result.ExitCode == 0 ? ExitCodes.Unexpected : result.ExitCode,
            ["error"] = "The worker for " + date + " printed no report (exit " + result.ExitCode + "): "
                + EchoedText.Inline(result.Error.Trim().Length > 0 ? result.Error.Trim() : result.Output.Trim()),
        };
        return JsonSerializer.SerializeToElement(failure, JsonOutput.Options);
    }

    private static void Progress(CliContext context, bool json, JsonElement session)
    {
        if (json)
        {
            return;
        }

        var date = session.TryGetProperty("date", out var d) ? d.GetString() : "?";
        var exitCode = ExitCode(session);
        var text = exitCode switch
        {
            ExitCodes.Ok => "ok",
            ExitCodes.ValidationFailed => "additions did not succeed",
            _ => "failed: " + (session.TryGetProperty("error", out var e) ? e.GetString() : session.TryGetProperty("message", out var m) ? m.GetString() : "exit " + exitCode),
        };
        context.Output.WriteLine(date + "  " + text);
    }

    private static int ExitCode(JsonElement session) =>
        session.TryGetProperty("exitCode", out var code) && code.TryGetInt32(out var value) ? value : ExitCodes.Unexpected;

    private static RunSeriesSummary Summarize(IReadOnlyList<JsonElement> sessions, double elapsedMilliseconds)
    {
        int ok = 0, notOk = 0, failed = 0, additions = 0, succeeded = 0, partial = 0, notSucceeded = 0;
        foreach (var session in sessions)
        {
            switch (ExitCode(session))
            {
                case ExitCodes.Ok:
                    ok++;
                    break;
                case ExitCodes.ValidationFailed when session.TryGetProperty("summary", out _):
                    notOk++;
                    break;
                default:
                    failed++;
                    break;
            }

            if (session.TryGetProperty("summary", out var summary))
            {
                additions += Int(summary, "additions");
                succeeded += Int(summary, "succeeded");
                partial += Int(summary, "partialHistory");
                notSucceeded += Int(summary, "notSucceeded");
            }
        }

        return new RunSeriesSummary(sessions.Count, ok, notOk, failed, additions, succeeded, partial, notSucceeded, elapsedMilliseconds);
    }

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : 0;
}
