using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Orleans;

namespace Provisioning.Cli.Cluster;

/// <summary>
/// Spreads the replays of many dates over a cluster: one <see cref="IReplayGrain"/> per (config, date), at most
/// <see cref="DefaultInFlight"/> (or the given number) at once, so a year does not start 252 sessions on the silos at once.
/// </summary>
public static class ClusterReplays
{
    /// <summary>Replays asked for at once unless told otherwise.</summary>
    public const int DefaultInFlight = 16;

    /// <summary>
    /// The run reports of <paramref name="dates"/> with <paramref name="config"/> (and <paramref name="data"/>, or the
    /// config's data root, and the <paramref name="strategies"/> assembly, if any), in the order of the dates: each
    /// session's report is what <c>provision run --date D --json</c> prints for it.
    /// </summary>
    public static async Task<IReadOnlyList<JsonElement>> RunAsync(
        IGrainFactory grains, string config, string? data, IEnumerable<DateOnly> dates, string? strategies = null, int inFlight = DefaultInFlight)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentOutOfRangeException.ThrowIfLessThan(inFlight, 1);
        using var slots = new SemaphoreSlim(inFlight);
        var calls = dates.Select(async date =>
        {
            await slots.WaitAsync().ConfigureAwait(false);
            try
            {
                return await grains.GetGrain<IReplayGrain>(new ReplayKey(config, data, date, strategies).Format()).ReplayAsync().ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }).ToArray();
        var reports = await Task.WhenAll(calls).ConfigureAwait(false);
        return reports.Select(report =>
        {
            using var document = JsonDocument.Parse(report);
            return document.RootElement.Clone();
        }).ToArray();
    }
}
