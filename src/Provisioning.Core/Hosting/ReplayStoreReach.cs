using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Provisioning.Config;
using Provisioning.Data;
using Provisioning.Data.Feeds;

namespace Provisioning.Hosting;

/// <summary>
/// Refuses a replay over a range whose last session lies beyond the store: when no config symbol has a streamed bar on
/// or after the last day's open, the range was mistyped (a year too far) or the store was not filled, and a run would
/// only replay empty days. Read from the store's metadata alone.
/// </summary>
internal static class ReplayStoreReach
{
    /// <summary>Checks the replay registered in <paramref name="services"/>; a config without symbols passes.</summary>
    /// <exception cref="InvalidOperationException">No config symbol's bars reach the last day replayed.</exception>
    public static async Task CheckAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var feed = services.GetRequiredService<ReplayBarFeed>();
        var config = services.GetRequiredService<ResolvedSessionConfig>();
        var store = services.GetRequiredService<IHistoricalBarStore>();
        if (config.Symbols.Count == 0)
        {
            return;
        }

        var last = feed.Days[^1];
        DateTime? latest = null;
        foreach (var symbol in config.Symbols)
        {
            foreach (var interval in config.BaseIntervals.Where(feed.CanStream))
            {
                SeriesAvailability availability;
                try
                {
                    availability = await store.GetAvailabilityAsync(symbol, interval, cancellationToken).ConfigureAwait(false);
                }
                catch (BarStoreException)
                {
                    // An unreadable series is the addition's problem to report, not the range's.
                    continue;
                }

                if (availability.LastBarUtc is { } end && (latest is null || end > latest))
                {
                    latest = end;
                }
            }
        }

        if (latest is null || latest < last.OpenUtc)
        {
            var stored = latest is { } end
                ? string.Create(CultureInfo.InvariantCulture, $"end on {DateOnly.FromDateTime(end):yyyy-MM-dd}")
                : "are not in the store";
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The replay runs through {last.Date:yyyy-MM-dd}, beyond the store: the streamed bars of the {config.Symbols.Count} config symbols {stored}. Replay a range the store holds, or add its bars first."));
        }
    }
}
