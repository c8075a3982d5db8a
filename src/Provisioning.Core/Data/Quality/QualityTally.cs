using System;
using System.Collections.Generic;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Intervals;

namespace Provisioning.Data.Quality;

/// <summary>
/// The quality of one series over a range, counted as its bars arrive: the calendar's bar grid of the range, which
/// expected bars were seen, and the bars outside sessions or off the grid. The analyzer feeds it from a store read;
/// a history load feeds it the bars it loaded. Memory is one flag per expected bar.
/// </summary>
internal sealed class QualityTally
{
    private readonly ITradingCalendar _calendar;
    private readonly Interval _interval;
    private readonly DateTime _fromUtc;
    private readonly DateTime _toUtc;
    private readonly bool _daily;
    private readonly List<GridSession> _grid;
    private readonly bool[][] _present;
    private readonly Dictionary<DateOnly, int> _dayIndex = [];
    private readonly HistoricalQualityReport _report;
    private int _cursor;
    private int _outside;
    private int _offGrid;

    /// <summary>
    /// Starts counting <paramref name="symbol"/>'s <paramref name="interval"/> bars of [<paramref name="fromUtc"/>,
    /// <paramref name="toUtc"/>): bars starting in it, or with <paramref name="completeBarsOnly"/> bars that also end by
    /// <paramref name="toUtc"/> (what a history load keeps).
    /// </summary>
    /// <exception cref="ArgumentException">The interval is not intraday or one day (see <see cref="CanMeasure"/>).</exception>
    /// <exception cref="CalendarRangeException">The range reaches outside the calendar.</exception>
    public QualityTally(ITradingCalendar calendar, string symbol, Interval interval, DateTime fromUtc, DateTime toUtc, bool completeBarsOnly)
    {
        if (!CanMeasure(interval))
        {
            throw new ArgumentException("Quality is measured for intraday and 1d bars; " + interval + " is neither.", nameof(interval));
        }

        _calendar = calendar;
        _interval = interval;
        _fromUtc = fromUtc;
        _toUtc = toUtc;
        _daily = !interval.IsIntraday;
        _report = new HistoricalQualityReport(symbol, interval, fromUtc, toUtc);
        _grid = BuildGrid(completeBarsOnly);
        _present = new bool[_grid.Count][];
        for (var i = 0; i < _grid.Count; i++)
        {
            _present[i] = new bool[_grid[i].Count];
            if (_daily)
            {
                _dayIndex[_grid[i].Session.Date] = i;
            }
        }
    }

    /// <summary>The first instant a store read for this range starts at (day bars: the start of the first date).</summary>
    public DateTime ReadFromUtc => _daily ? _fromUtc.Date : _fromUtc;

    /// <summary>The instant a store read for this range ends at, exclusive (day bars: the end of the last date).</summary>
    public DateTime ReadToUtc => _daily ? _toUtc.AddTicks(-1).Date.AddDays(1) : _toUtc;

    /// <summary>True when quality can be measured for <paramref name="interval"/>: intraday and one-day bars.</summary>
    public static bool CanMeasure(Interval interval) =>
        !interval.IsDefault && (interval.IsIntraday || (interval.Unit == IntervalUnit.Day && interval.Count == 1));

    /// <summary>Counts <paramref name="bars"/>, oldest first.</summary>
    public void Place(ReadOnlySpan<Bar> bars)
    {
        foreach (ref readonly var bar in bars)
        {
            if (_daily)
            {
                PlaceDay(bar.Start);
            }
            else
            {
                Place(bar.Start);
            }
        }
    }

    /// <summary>The report of the bars counted, with what the read dropped.</summary>
    public HistoricalQualityReport Report(BarReadCounts read)
    {
        var sessions = Sessions(countPresent: true);
        var expected = 0;
        var found = 0;
        foreach (var session in sessions)
        {
            expected += session.ExpectedBars;
            found += session.PresentBars;
        }

        return _report with
        {
            ExpectedBars = expected,
            PresentBars = found,
            QualityPercent = expected == 0 ? 100.0 : 100.0 * found / expected,
            Sessions = sessions,
            Gaps = Gaps(),
            Read = read,
            OutsideSession = _outside,
            OffGrid = _offGrid,
        };
    }

    /// <summary>The report of a range whose history could not be read: quality 0, with the problem.</summary>
    public HistoricalQualityReport Unreadable(BarReadCounts read, BarFileProblem problem)
    {
        var sessions = Sessions(countPresent: false);
        var expected = 0;
        foreach (var session in sessions)
        {
            expected += session.ExpectedBars;
        }

        return _report with
        {
            ExpectedBars = expected,
            QualityPercent = 0,
            Sessions = sessions,
            Read = read,
            Problems = EquatableArray<BarFileProblem>.Of(problem),
        };
    }

    /// <summary>Each session of the range with the first bar index and the number of bars expected in the range.</summary>
    private List<GridSession> BuildGrid(bool completeBarsOnly)
    {
        var (interval, fromUtc, toUtc, daily) = (_interval, _fromUtc, _toUtc, _daily);
        var grid = new List<GridSession>();
        if (toUtc <= fromUtc)
        {
            return grid;
        }

        var firstDate = daily ? DateOnly.FromDateTime(fromUtc) : _calendar.ExchangeDate(fromUtc);
        var lastDate = daily ? DateOnly.FromDateTime(toUtc.AddTicks(-1)) : _calendar.ExchangeDate(toUtc.AddTicks(-1));

        // One date past the end for intraday bars: a session can open the evening before its date (CME).
        if (!daily && lastDate < _calendar.LastDate)
        {
            lastDate = lastDate.AddDays(1);
        }

        foreach (var session in _calendar.SessionsInRange(firstDate, lastDate))
        {
            if (daily)
            {
                // A day bar is complete once its session has closed.
                if (!completeBarsOnly || session.CloseUtc <= toUtc)
                {
                    grid.Add(new GridSession(session, 0, 1));
                }

                continue;
            }

            // The bars of the session starting in [from, to), placed as SessionBars places them (a break re-anchors).
            var count = _calendar.BarsInSession(session, interval);
            var first = count - SessionBars.StartingAtOrAfter(session, interval, fromUtc);
            var end = completeBarsOnly
                ? SessionBars.CompletedAt(session, interval, toUtc)
                : count - SessionBars.StartingAtOrAfter(session, interval, toUtc);
            if (end > first)
            {
                grid.Add(new GridSession(session, first, end - first));
            }
        }

        return grid;
    }

    private void PlaceDay(DateTime start)
    {
        var (dayIndex, present, fromUtc, toUtc) = (_dayIndex, _present, _fromUtc, _toUtc);
        var date = CoverageCalculator.SessionDate(start, _calendar);
        if (dayIndex.TryGetValue(date, out var index))
        {
            present[index][0] = true;
        }
        else if (date >= DateOnly.FromDateTime(fromUtc) && date <= DateOnly.FromDateTime(toUtc.AddTicks(-1)))
        {
            _outside++;
        }
    }

    private void Place(DateTime start)
    {
        var (grid, present, interval) = (_grid, _present, _interval);
        ref var cursor = ref _cursor;
        while (cursor < grid.Count && start >= grid[cursor].Session.CloseUtc)
        {
            cursor++;
        }

        if (cursor == grid.Count || start < grid[cursor].Session.OpenUtc)
        {
            _outside++;
            return;
        }

        var session = grid[cursor].Session;
        if (!SessionBars.TryGetBarIndex(session, interval, start, out var barIndex) || SessionBars.BarStartUtc(session, interval, barIndex) != start)
        {
            _offGrid++;
            return;
        }

        var index = barIndex - grid[cursor].First;
        if (index >= 0 && index < grid[cursor].Count)
        {
            present[cursor][index] = true;
        }
    }

    private EquatableArray<SessionQuality> Sessions(bool countPresent)
    {
        var (grid, present) = (_grid, _present);
        var sessions = new SessionQuality[grid.Count];
        for (var i = 0; i < grid.Count; i++)
        {
            var found = 0;
            if (countPresent)
            {
                foreach (var slot in present[i])
                {
                    found += slot ? 1 : 0;
                }
            }

            sessions[i] = new SessionQuality(grid[i].Session.Date, grid[i].Count, found, grid[i].Session.IsEarlyClose);
        }

        return EquatableArray<SessionQuality>.FromOwnedArray(sessions);
    }

    private EquatableArray<BarGap> Gaps()
    {
        var (grid, present, interval, daily) = (_grid, _present, _interval, _daily);
        var gaps = new List<BarGap>();
        for (var i = 0; i < grid.Count; i++)
        {
            var session = grid[i].Session;
            if (daily)
            {
                if (!present[i][0])
                {
                    gaps.Add(new BarGap(session.Date, session.OpenUtc, session.CloseUtc, 1));
                }

                continue;
            }

            var run = -1;
            for (var j = 0; j <= grid[i].Count; j++)
            {
                var missing = j < grid[i].Count && !present[i][j];
                if (missing && run < 0)
                {
                    run = j;
                }
                else if (!missing && run >= 0)
                {
                    var from = SessionBars.BarStartUtc(session, interval, grid[i].First + run);
                    var to = SessionBars.BarEndUtc(session, interval, grid[i].First + j - 1);
                    gaps.Add(new BarGap(session.Date, from, to, j - run));
                    run = -1;
                }
            }
        }

        return new EquatableArray<BarGap>(gaps);
    }

    private readonly record struct GridSession(TradingSession Session, int First, int Count)
    {
        public int Expected => Count;
    }
}
