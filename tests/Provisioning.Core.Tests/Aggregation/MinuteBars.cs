using System;
using System.Collections.Generic;
using Provisioning.Data;

namespace Provisioning.Core.Tests.Aggregation;

/// <summary>Builds base bars for the aggregation tests.</summary>
internal static class MinuteBars
{
    public static DateTime Utc(int month, int day, int hour, int minute) =>
        new(2024, month, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>
    /// The ladder used by the hand calculations: the i-th minute after <paramref name="open"/> has open 100 + i,
    /// high 100 + i + 0.5, low 100 + i − 0.5, close 100 + i + 0.25 and volume i + 1.
    /// </summary>
    public static Bar Ladder(DateTime open, int i) =>
        new(open.AddMinutes(i), 100 + i, 100 + i + 0.5, 100 + i - 0.5, 100 + i + 0.25, i + 1);

    public static List<Bar> Ladder(DateTime open, int first, int count)
    {
        var bars = new List<Bar>(count);
        for (var i = first; i < first + count; i++)
        {
            bars.Add(Ladder(open, i));
        }

        return bars;
    }
}
