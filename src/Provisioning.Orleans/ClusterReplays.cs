using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Orleans;

namespace Provisioning.Orleans;

/// <summary>Spreads the replays of many dates over a cluster: one <see cref="IReplayGrain"/> per (config, date), all at once.</summary>
public static class ClusterReplays
{
    /// <summary>
    /// The run reports of <paramref name="dates"/> with <paramref name="config"/> (and <paramref name="data"/>, or the
    /// config's data root), in the order of the dates: each session's report is what <c>provision run --date D --json</c>
    /// prints for it.
    /// </summary>
    public static async Task<IReadOnlyList<JsonElement>> RunAsync(IGrainFactory grains, string config, string? data, IEnumerable<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var calls = dates
            .Select(date => grains.GetGrain<IReplayGrain>(new ReplayKey(config, data, date).Format()).ReplayAsync())
            .ToArray();
        var reports = await Task.WhenAll(calls).ConfigureAwait(false);
        return reports.Select(report =>
        {
            using var document = JsonDocument.Parse(report);
            return document.RootElement.Clone();
        }).ToArray();
    }
}
