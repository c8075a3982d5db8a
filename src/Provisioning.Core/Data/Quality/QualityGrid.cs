using System;
using System.Collections.Generic;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Data.Quality;

/// <summary>
/// The calendar's bar grid of one range: each session with the first bar index and the number of bars expected in the
/// range, and where each session's flags start in one flat array. Immutable, so every tally of the same calendar,
/// interval and range shares one (<see cref="QualityGridCache"/>).
/// </summary>
internal sealed class QualityGrid
{
    private readonly Dictionary<DateOnly, int> _dayIndex = [];

    private QualityGrid(Interval interval, GridSession[] sessions)
    {
        Interval = interval;
        Daily = !interval.IsIntraday;
        Sessions = sessions;
        var total = 0;
        for (var i = 0; i < sessions.Length; i++)
        {
            total += sessions[i].Count;
            if (Daily)
            {
                _dayIndex[sessions[i].Session.Date] = i;
            }
        }

        ExpectedBars = total;
    }

    /// <summary>The interval of the bars.</summary>
    public Interval Interval { get; }

    /// <summary>True for one-day bars.</summary>
    public bool Daily { get; }

    /// <summary>The sessions of the range with bars expected in it, in order.</summary>
    public GridSession[] Sessions { get; }

    /// <summary>Every bar expected in the range, over all its sessions.</summary>
    public int ExpectedBars { get; }

    /// <summary>The index in <see cref="Sessions"/> of the session on <paramref name="date"/> (day bars only).</summary>
    public bool TryGetDay(DateOnly date, out int index) => _dayIndex.TryGetValue(date, out index);

    /// <summary>
    /// The grid of <paramref name="interval"/> bars in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>): bars starting
    /// in it, or with <paramref name="completeBarsOnly"/> bars that also end by <paramref name="toUtc"/>.
    /// </summary>
    /// <exception cref="CalendarRangeException">The range reaches outside the calendar.</exception>
    public static QualityGrid Build(ITradingCalendar calendar, Interval interval, DateTime fromUtc, DateTime toUtc, bool completeBarsOnly)
    {
        var daily = !interval.IsIntraday;
        var grid = new List<GridSession>();
        if (toUtc <= fromUtc)
        {
            return new QualityGrid(interval, []);
        }

        var firstDate = daily ? DateOnly.FromDateTime(fromUtc) : calendar.ExchangeDate(fromUtc);
        var lastDate = daily ? DateOnly.FromDateTime(toUtc.AddTicks(-1)) : calendar.ExchangeDate(toUtc.AddTicks(-1));

        // One date past the end for intraday bars: a session can open the evening before its date (CME).
        if (!daily && lastDate < calendar.LastDate)
        {
            lastDate = lastDate.AddDays(1);
        }

        var offset = 0;
        foreach (var session in calendar.SessionsInRange(firstDate, lastDate))
        {
            if (daily)
            {
                // A day bar is complete once its session has closed.
                if (!completeBarsOnly || session.CloseUtc <= toUtc)
                {
                    grid.Add(new GridSession(session, 0, 1, offset++, 0));
                }

                continue;
            }

            // The bars of the session starting in [from, to), placed as SessionBars places them (a break re-anchors).
            var count = calendar.BarsInSession(session, interval);
            var first = count - SessionBars.StartingAtOrAfter(session, interval, fromUtc);
            var end = completeBarsOnly
                ? SessionBars.CompletedAt(session, interval, toUtc)
                : count - SessionBars.StartingAtOrAfter(session, interval, toUtc);
            if (end > first)
            {
                var barTicks = interval.TotalSeconds * TimeSpan.TicksPerSecond;
                var morningBars = session.BreakStartUtc is { } breakStart ? (int)(((breakStart - session.OpenUtc).Ticks + barTicks - 1) / barTicks) : count;
                grid.Add(new GridSession(session, first, end - first, offset, morningBars));
                offset += end - first;
            }
        }

        return new QualityGrid(interval, [.. grid]);
    }

    /// <summary>
    /// The index of the bar of the intraday grid starting exactly at <paramref name="start"/> in
    /// <paramref name="session"/>'s bars (0 at the open; a break re-anchors, as <see cref="SessionBars"/> places them);
    /// false when it starts off the grid or in the break.
    /// </summary>
    public bool TryGetBarIndex(in GridSession session, DateTime start, out int index)
    {
        var barTicks = Interval.TotalSeconds * TimeSpan.TicksPerSecond;
        var trading = session.Session;
        var anchor = trading.OpenUtc;
        var before = 0;
        if (trading.BreakStartUtc is { } breakStart && trading.BreakEndUtc is { } breakEnd && start >= breakStart)
        {
            if (start < breakEnd)
            {
                index = -1;
                return false;
            }

            anchor = breakEnd;
            before = session.MorningBars;
        }

        var ticks = (start - anchor).Ticks;
        index = before + (int)(ticks / barTicks);
        return ticks % barTicks == 0;
    }
}
