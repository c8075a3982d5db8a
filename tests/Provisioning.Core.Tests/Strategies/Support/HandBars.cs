using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Strategies.Support;

/// <summary>
/// Expected bars built by hand, independently of the session's aggregator: one-minute bars read from the store and
/// N-minute bars summed from them, buckets anchored at the session's open.
/// </summary>
internal static class HandBars
{
    public static async Task<Bar[]> MinutesAsync(IHistoricalBarStore store, string symbol, TradingSession session)
    {
        var bars = new List<Bar>();
        await foreach (var batch in store.ReadRangeAsync(symbol, Interval.Minutes(1), session.OpenUtc, session.CloseUtc))
        {
            bars.AddRange(batch.ToArray());
        }

        return [.. bars.Where(b => b.Start >= session.OpenUtc && b.Start < session.CloseUtc).OrderBy(b => b.Start)];
    }

    public static Bar[] FiveMinutes(IEnumerable<Bar> minutes, TradingSession session) => Minutes(minutes, session, 5);

    public static Bar[] Minutes(IEnumerable<Bar> minutes, TradingSession session, int size) =>
    [
        .. minutes
            .GroupBy(b => session.OpenUtc.AddMinutes(Math.Floor((b.Start - session.OpenUtc).TotalMinutes / size) * size))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var ordered = g.OrderBy(b => b.Start).ToArray();
                var volume = 0.0;
                foreach (var bar in ordered)
                {
                    volume += bar.Volume;
                }

                return new Bar(g.Key, ordered[0].Open, ordered.Max(b => b.High), ordered.Min(b => b.Low), ordered[^1].Close, volume);
            }),
    ];
}
