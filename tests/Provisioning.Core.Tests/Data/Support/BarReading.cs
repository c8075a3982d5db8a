using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Data.Support;

internal static class BarReading
{
    /// <summary>Reads a range into one list, copying each batch.</summary>
    public static async Task<List<Bar>> ReadAllAsync(
        this IHistoricalBarStore store,
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null)
    {
        var bars = new List<Bar>();
        await foreach (var batch in store.ReadRangeAsync(symbol, interval, fromUtc, toUtc, statistics))
        {
            bars.AddRange(batch.ToArray());
        }

        return bars;
    }

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
