using System;
using System.Collections.Generic;
using Provisioning.Calendar;
using Provisioning.Data;

namespace Provisioning.Core.Tests.Data.Support;

/// <summary>
/// Bars with values given by a formula of their index, so a test knows every value without running the code under
/// test: bar i has open 100 + i/100, high open + 1, low open - 1, close open + 0.5, volume 1000 + i.
/// </summary>
internal static class SyntheticBars
{
    public static Bar At(DateTime startUtc, int index)
    {
        var open = 100 + (index / 100.0);
        return new Bar(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), open, open + 1, open - 1, open + 0.5, 1000 + index);
    }

    /// <summary>Every one-minute bar of every session of <paramref name="calendar"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Bar[] Minutes(ITradingCalendar calendar, DateOnly from, DateOnly to)
    {
        var bars = new List<Bar>();
        foreach (var session in calendar.SessionsInRange(from, to))
        {
            for (var start = session.OpenUtc; start < session.CloseUtc; start = start.AddMinutes(1))
            {
                bars.Add(At(start, bars.Count));
            }
        }

        return bars.ToArray();
    }

    /// <summary>One bar per session, stamped at the open.</summary>
    public static Bar[] Days(ITradingCalendar calendar, DateOnly from, DateOnly to)
    {
        var bars = new List<Bar>();
        foreach (var session in calendar.SessionsInRange(from, to))
        {
            bars.Add(At(session.OpenUtc, bars.Count));
        }

        return bars.ToArray();
    }
}
