using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Intervals;

namespace Provisioning.Data.Quality;

/// <summary>
/// The seed's <c>_calculate_historical_quality</c>: for each symbol, the bars the exchange calendar expects in a range
/// (<see cref="ITradingCalendar.BarsInSession"/>, so early closes expect fewer) against the valid bars the store holds,
/// per session, with the gaps listed and a quality percentage. Rows the store drops (duplicates, out of order, bad
/// prices, high below low, open or close outside [low, high], bad volume, nulls) are reported from its read
/// statistics; bars outside sessions or off the session's bar grid are counted here. Nothing unusable is counted as present.
/// </summary>
internal sealed class HistoricalQualityAnalyzer
{
    private readonly IHistoricalBarStore _store;
    private readonly ITradingCalendar _calendar;

    /// <summary>Creates an analyzer of <paramref name="store"/> against <paramref name="calendar"/>.</summary>
    public HistoricalQualityAnalyzer(IHistoricalBarStore store, ITradingCalendar calendar)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    }

    /// <summary>The quality of each of <paramref name="symbols"/> over [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    public async ValueTask<IReadOnlyList<HistoricalQualityReport>> AnalyzeAsync(
        IEnumerable<string> symbols,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var reports = new List<HistoricalQualityReport>();
        foreach (var symbol in symbols)
        {
            reports.Add(await AnalyzeAsync(symbol, interval, fromUtc, toUtc, cancellationToken).ConfigureAwait(false));
        }

        return reports;
    }

    /// <summary>
    /// The quality of <paramref name="symbol"/>'s <paramref name="interval"/> bars starting in [<paramref name="fromUtc"/>,
    /// <paramref name="toUtc"/>). Intraday and one-day intervals are analysed; day bars count by session date.
    /// </summary>
    /// <exception cref="ArgumentException">The interval is not intraday or one day.</exception>
    /// <exception cref="CalendarRangeException">The range reaches outside the calendar.</exception>
    public async ValueTask<HistoricalQualityReport> AnalyzeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        CancellationToken cancellationToken = default)
    {
        var daily = !interval.IsIntraday;
        if (interval.IsDefault || (daily && !(interval.Unit == IntervalUnit.Day && interval.Count == 1)))
        {
            throw new ArgumentException("Quality is measured for intraday and 1d bars; " + interval + " is neither.", nameof(interval));
        }

        var report = new HistoricalQualityReport(symbol, interval, fromUtc, toUtc);
        var grid = BuildGrid(interval, fromUtc, toUtc, daily);
        var expected = 0;
        foreach (var slot in grid)
        {
            expected += slot.Expected;
        }

        var statistics = new BarReadStatistics();
        var present = new bool[grid.Count][];
        for (var i = 0; i < grid.Count; i++)
        {
            present[i] = new bool[grid[i].Count];
        }

        int outside = 0, offGrid = 0;
        var dayIndex = new Dictionary<DateOnly, int>();
        for (var i = 0; daily && i < grid.Count; i++)
        {
            dayIndex[grid[i].Session.Date] = i;
        }

        var readFrom = daily ? fromUtc.Date : fromUtc;
        var readTo = daily ? toUtc.AddTicks(-1).Date.AddDays(1) : toUtc;
        try
        {
            var cursor = 0;
            await foreach (var batch in _store.ReadRangePooledAsync(symbol, interval, readFrom, readTo, statistics, cancellationToken).ConfigureAwait(false))
            {
                foreach (var bar in batch.Span)
                {
                    if (daily)
                    {
                        PlaceDay(bar.Start, dayIndex, present, fromUtc, toUtc, ref outside);
                    }
                    else
                    {
                        Place(bar.Start, grid, present, ref cursor, interval, ref outside, ref offGrid);
                    }
                }
            }
        }
        catch (BarStoreException e)
        {
            return report with
            {
                ExpectedBars = expected,
                QualityPercent = 0,
                Sessions = Sessions(grid, present, countPresent: false),
                Read = statistics.Snapshot(),
                Problems = EquatableArray<BarFileProblem>.Of(e.Problem),
            };
        }

        var sessions = Sessions(grid, present, countPresent: true);
        var found = 0;
        foreach (var session in sessions)
        {
            found += session.PresentBars;
        }

        return report with
        {
            ExpectedBars = expected,
            PresentBars = found,
            QualityPercent = expected == 0 ? 100.0 : 100.0 * found / expected,
            Sessions = sessions,
            Gaps = Gaps(grid, present, interval, daily),
            Read = statistics.Snapshot(),
            OutsideSession = outside,
            OffGrid = offGrid,
        };
    }

    /// <summary>Each session of the range with the first bar index and the number of bars expected in the range.</summary>
    private List<GridSession> BuildGrid(Interval interval, DateTime fromUtc, DateTime toUtc, bool daily)
    {
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
                grid.Add(new GridSession(session, 0, 1));
                continue;
            }

            // The bars of the session starting in [from, to), placed as SessionBars places them (a break re-anchors).
            var count = _calendar.BarsInSession(session, interval);
            var first = count - SessionBars.StartingAtOrAfter(session, interval, fromUtc);
            var end = count - SessionBars.StartingAtOrAfter(session, interval, toUtc);
            if (end > first)
            {
                grid.Add(new GridSession(session, first, end - first));
            }
        }

        return grid;
    }

    private void PlaceDay(DateTime start, Dictionary<DateOnly, int> dayIndex, bool[][] present, DateTime fromUtc, DateTime toUtc, ref int outside)
    {
        var date = CoverageCalculator.SessionDate(start, _calendar);
        if (dayIndex.TryGetValue(date, out var index))
        {
            present[index][0] = true;
        }
        else if (date >= DateOnly.FromDateTime(fromUtc) && date <= DateOnly.FromDateTime(toUtc.AddTicks(-1)))
        {
            outside++;
        }
    }

    private static void Place(DateTime start, List<GridSession> grid, bool[][] present, ref int cursor, Interval interval, ref int outside, ref int offGrid)
    {
        while (cursor < grid.Count && start >= grid[cursor].Session.CloseUtc)
        {
            cursor++;
        }

        if (cursor == grid.Count || start < grid[cursor].Session.OpenUtc)
        {
            outside++;
            return;
        }

        var session = grid[cursor].Session;
        if (!SessionBars.TryGetBarIndex(session, interval, start, out var barIndex) || SessionBars.BarStartUtc(session, interval, barIndex) != start)
        {
            offGrid++;
            return;
        }

        var index = barIndex - grid[cursor].First;
        if (index >= 0 && index < grid[cursor].Count)
        {
            present[cursor][index] = true;
        }
    }

    private static EquatableArray<SessionQuality> Sessions(List<GridSession> grid, bool[][] present, bool countPresent)
    {
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

    private static EquatableArray<BarGap> Gaps(List<GridSession> grid, bool[][] present, Interval interval, bool daily)
    {
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
