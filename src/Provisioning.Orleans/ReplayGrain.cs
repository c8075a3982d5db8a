using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Orleans;
using Provisioning.Cli.Commands;
using Provisioning.Cli.Loading;
using Provisioning.Cli.Output;
using Provisioning.Cli.Running;

namespace Provisioning.Orleans;

/// <summary>
/// Replays its <see cref="ReplayKey"/>'s session with exactly the code of <c>provision run</c> (config checks, store
/// selection, session runtime, closing report), and keeps the report while it is active, so asking twice replays once.
/// A config or date that cannot be used gives a report with <c>ok: false</c> and the CLI's message, never an exception.
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
        if (!new SessionInputLoader(Indicators.__Internals.IndicatorCatalog.Default).TryLoad(key.Config, key.Data, out var inputs, out var failure))
        {
            return Failure(date, failure);
        }

        var (session, dateFailure) = await ReplayDate.ResolveAsync(date, inputs, DateTime.UtcNow, cancellationToken).ConfigureAwait(false);
        if (session is not { } day)
        {
            return Failure(date, dateFailure!);
        }

        var run = new ReplayRun(inputs, day, [], SilentRunDisplay.Instance);
        var start = await run.StartAsync(cancellationToken).ConfigureAwait(false);
        await run.ReplayAsync(cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Serialize(RunCommand.Report(inputs, day, start, run), JsonOutput.Options);
    }

    private static string Failure(string date, CommandFailure failure) => new JsonObject
    {
        ["date"] = date,
        ["ok"] = false,
        ["exitCode"] = failure.ExitCode,
        ["error"] = failure.Message,
    }.ToJsonString(JsonOutput.Options);
}
