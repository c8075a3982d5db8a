using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Orleans;
using Provisioning.Cli.Cluster;
using Provisioning.Cli.Commands;
using Provisioning.Cli.Loading;
using Provisioning.Cli.Output;
using Provisioning.Cli.Running;

namespace Provisioning.Orleans;

/// <summary>
/// Replays its <see cref="ReplayKey"/>'s session with exactly the code of <c>provision run</c> (config checks, store
/// selection, the key's strategies, session runtime, closing report), and keeps the report while it is active, so asking
/// twice replays once. A config, strategies path or date that cannot be used gives a report with <c>ok: false</c> and
/// the CLI's message, never an exception.
/// </summary>
internal sealed class ReplayGrain : Grain, IReplayGrain
{
    private string? _report;

    /// <inheritdoc />
    public async Task<string> ReplayAsync()
    {
        _report ??= await SessionReplay.RunAsync(ReplayKey.Parse(this.GetPrimaryKeyString()), CancellationToken.None)
            .ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        return _report;
    }
}

/// <summary>The replay a grain runs, off the grain's scheduler (the session runtime runs on the thread pool).</summary>
internal static class SessionReplay
{
    /// <summary>The run report of <paramref name="key"/>'s session, as JSON.</summary>
    internal static async Task<string> RunAsync(ReplayKey key, CancellationToken cancellationToken)
    {
        var date = key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var authored = LoadedStrategies.None;
        if (key.Strategies is not null)
        {
            // Before the config: the config may name the strategies' indicators, which loading registers.
            var (strategies, loadFailure) = await LoadStrategiesAsync(key.Strategies, cancellationToken).ConfigureAwait(false);
            if (strategies is null)
            {
                return Failure(date, loadFailure!);
            }

            authored = strategies;
        }

        if (!new SessionInputLoader(Indicators.__Internals.IndicatorCatalog.Default).TryLoad(key.Config, key.Data, out var inputs, out var failure))
        {
            return Failure(date, failure);
        }

        var (session, dateFailure) = await ReplayDate.ResolveAsync(date, inputs, DateTime.UtcNow, cancellationToken).ConfigureAwait(false);
        if (session is not { } day)
        {
            return Failure(date, dateFailure!);
        }

        var run = new ReplayRun(inputs, day, authored.Strategies, SilentRunDisplay.Instance);
        var start = await run.StartAsync(cancellationToken).ConfigureAwait(false);
        await run.ReplayAsync(cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Serialize(RunCommand.Report(inputs, day, start, run), JsonOutput.Options);
    }

    /// <summary>
    /// The strategies as <c>provision run --strategies</c> loads them: new instances for this replay from an assembly
    /// loaded once per silo. One load at a time, so grains of the same project never build it at once.
    /// </summary>
    private static async Task<(LoadedStrategies?, CommandFailure?)> LoadStrategiesAsync(string path, CancellationToken cancellationToken)
    {
        await OneLoadAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await StrategyAssemblyLoader.LoadAsync(path, needStrategies: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            OneLoadAtATime.Release();
        }
    }

    private static readonly SemaphoreSlim OneLoadAtATime = new(1, 1);

    private static string Failure(string date, CommandFailure failure) => new JsonObject
    {
        ["date"] = date,
        ["ok"] = false,
        ["exitCode"] = failure.ExitCode,
        ["error"] = failure.Message,
    }.ToJsonString(JsonOutput.Options);
}
