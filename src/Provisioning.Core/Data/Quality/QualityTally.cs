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
    private readonly QualityGrid _grid;
    private readonly bool[] _present;
    private readonly HistoricalQualityReport _report;
    private int _cursor;
    private int _outside;
    private int _offGrid;

    /// <summary>
    /// Starts counting <paramref name="symbol"/>'s <paramref name="interval"/> bars of [<paramref name="fromUtc"/>,
    /// <paramref name="toUtc"/>): bars starting in it, or with <paramref name="completeBarsOnly"/> bars that also end by
    /// <paramref name="toUtc"/> (what a history load keeps). The calendar's grid of the range is shared (<see cref="QualityGridCache"/>).
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
        _grid = QualityGridCache.Get(calendar, interval, fromUtc, toUtc, completeBarsOnly);
        _present = new bool[_grid.ExpectedBars];
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

    private void PlaceDay(DateTime start)
    {
        var date = CoverageCalculator.SessionDate(start, _calendar);
        if (_grid.TryGetDay(date, out var index))
        {
            _present[_grid.Sessions[index].Offset] = true;
        }
        else if (date >= DateOnly.FromDateTime(_fromUtc) && date <= DateOnly.FromDateTime(_toUtc.AddTicks(-1)))
        {
            _outside++;
        }
    }

    private void Place(DateTime start)
    {
        var sessions = _grid.Sessions;
        ref var cursor = ref _cursor;
        while (cursor < sessions.Length && start >= sessions[cursor].Session.CloseUtc)
        {
            cursor++;
        }

        if (cursor == sessions.Length || start < sessions[cursor].Session.OpenUtc)
        {
            _outside++;
            return;
        }

        ref readonly var session = ref sessions[cursor];
        if (!_grid.TryGetBarIndex(in session, start, out var barIndex))
        {
            _offGrid++;
            return;
        }

        var index = barIndex - session.First;
        if (index >= 0 && index < session.Count)
        {
            _present[session.Offset + index] = true;
        }
    }

    private EquatableArray<SessionQuality> Sessions(bool countPresent)
    {
        var (grid, present) = (_grid.Sessions, _present);
        var sessions = new SessionQuality[grid.Length];
        for (var i = 0; i < grid.Length; i++)
        {
            var found = 0;
            if (countPresent)
            {
                foreach (var slot in present.AsSpan(grid[i].Offset, grid[i].Count))
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
        var (grid, present, interval, daily) = (_grid.Sessions, _present, _interval, _daily);
        var gaps = new List<BarGap>();
        for (var i = 0; i < grid.Length; i++)
        {
            var session = grid[i].Session;
            var flags = present.AsSpan(grid[i].Offset, grid[i].Count);
            if (daily)
            {
                if (!flags[0])
                {
                    gaps.Add(new BarGap(session.Date, session.OpenUtc, session.CloseUtc, 1));
                }

                continue;
            }

            var run = -1;
            for (var j = 0; j <= flags.Length; j++)
            {
                var missing = j < flags.Length && !flags[j];
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
}
