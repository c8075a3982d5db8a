using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Intervals;

namespace Provisioning.Data.Feeds;

/// <summary>
/// Times the bar-close ticks of a live session. For each calendar of the session and each intraday base interval it
/// keeps the next boundary of that interval's bars on that market (anchored at the session open, the last one cut at the close, none between sessions) and a one-shot
/// timer on the session clock that raises a signal once the earliest boundary plus the grace has passed. The timer only
/// raises the signal: the session's consumer takes the due boundaries (<see cref="TakeDue"/>) and advances the symbols
/// itself, on the same logical thread as its deliveries, so a tick never runs beside a delivery.
/// </summary>
/// <remarks>
/// Only the consumer calls <see cref="TakeDue"/>, <see cref="TryTakeSignal"/> and <see cref="WaitForSignalAsync"/>; the
/// timer callback only writes the signal. After <see cref="Dispose"/> the timer is gone and the signal is never raised.
/// </remarks>
internal sealed class BarCloseTicker : IDisposable
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _grace;
    private readonly Schedule[] _schedules;
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly ITimer _timer;
    private volatile bool _disposed;

    /// <summary>Starts ticking on one market: the first boundary is the first one after the clock's now less the grace.</summary>
    public BarCloseTicker(TimeProvider clock, ITradingCalendar calendar, IEnumerable<Interval> baseIntervals, TimeSpan grace)
        : this(clock, [calendar], baseIntervals, grace)
    {
    }

    /// <summary>Starts ticking on every market of <paramref name="calendars"/>, each with its own boundaries.</summary>
    public BarCloseTicker(TimeProvider clock, IReadOnlyList<ITradingCalendar> calendars, IEnumerable<Interval> baseIntervals, TimeSpan grace)
    {
        _clock = clock;
        _grace = grace;
        var now = Now;
        var intervals = baseIntervals.Where(i => i.IsIntraday).Distinct().ToArray();
        _schedules = calendars
            .Distinct()
            .SelectMany(c => intervals.Select(i => new Schedule(c, i)))
            .ToArray();
        foreach (var schedule in _schedules)
        {
            schedule.Next = NextBoundaryAfter(schedule, now - grace);
        }

        _timer = clock.CreateTimer(static state => ((BarCloseTicker)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Arm(now);
    }

    /// <summary>True while some base interval has a boundary still to come (the calendar covers the clock).</summary>
    public bool IsTicking => _schedules.Any(s => s.Next is not null);

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <summary>Consumes a raised signal; false when none is raised.</summary>
    public bool TryTakeSignal() => _signal.Reader.TryRead(out _);

    /// <summary>Completes when a signal is raised (true) or the ticker is disposed (false).</summary>
    public ValueTask<bool> WaitForSignalAsync(CancellationToken cancellationToken) => _signal.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>
    /// For each base interval with boundaries whose grace had passed at <paramref name="nowUtc"/>, the latest of them
    /// (advancing to it closes every earlier bucket too); then re-arms the timer for the next boundary. The consumer
    /// passes the time it read before draining the feed, so no boundary that fell due during the drain is applied before
    /// the bars written within its grace.
    /// </summary>
    public IReadOnlyList<(Interval BaseInterval, DateTime BoundaryUtc)> TakeDue(DateTime nowUtc) =>
        TakeDueByMarket(nowUtc).Select(d => (d.BaseInterval, d.BoundaryUtc)).ToArray();

    /// <summary><see cref="TakeDue"/> with the market of each boundary: only that market's symbols are advanced to it.</summary>
    public IReadOnlyList<(ITradingCalendar Calendar, Interval BaseInterval, DateTime BoundaryUtc)> TakeDueByMarket(DateTime nowUtc)
    {
        var due = new List<(ITradingCalendar, Interval, DateTime)>(_schedules.Length);
        foreach (var schedule in _schedules)
        {
            DateTime? latest = null;
            while (schedule.Next is { } boundary && boundary + _grace <= nowUtc)
            {
                latest = boundary;
                schedule.Next = NextBoundaryAfter(schedule, boundary);
            }

            if (latest is { } reached)
            {
                due.Add((schedule.Calendar, schedule.Interval, reached));
            }
        }

        // Armed from the clock's time now, not the time passed in: a boundary that fell due since then raises the
        // signal at once instead of waiting for the clock to move by the difference again.
        Arm(Now);
        return due;
    }

    /// <summary>Stops the timer; the signal is never raised again.</summary>
    public void Dispose()
    {
        _disposed = true;
        _timer.Dispose();
        _signal.Writer.TryComplete();
    }

    private void OnTimer()
    {
        if (!_disposed)
        {
            _signal.Writer.TryWrite(true);
        }
    }

    private void Arm(DateTime now)
    {
        DateTime? earliest = null;
        foreach (var schedule in _schedules)
        {
            if (schedule.Next is { } boundary && (earliest is null || boundary + _grace < earliest))
            {
                earliest = boundary + _grace;
            }
        }

        if (_disposed || earliest is null)
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
        else if (earliest <= now)
        {
            _signal.Writer.TryWrite(true);
        }
        else
        {
            _timer.Change(earliest.Value - now, Timeout.InfiniteTimeSpan);
        }
    }

    // The first end of a bar of the schedule's interval after `instant`: open + k × interval (k ≥ 1), the last one of a
    // session cut at its close; null when the calendar does not reach that far.
    private DateTime? NextBoundaryAfter(Schedule schedule, DateTime instant)
    {
        TradingSession session;
        try
        {
            session = schedule.Calendar.SessionAtOrAfter(instant);
        }
        catch (CalendarRangeException)
        {
            return null;
        }

        var start = instant < session.OpenUtc ? session.OpenUtc : schedule.Calendar.StartOfBarInProgress(schedule.Interval, instant);
        return schedule.Calendar.EndUtc(schedule.Interval, start);
    }

    private sealed class Schedule(ITradingCalendar calendar, Interval interval)
    {
        public ITradingCalendar Calendar { get; } = calendar;

        public Interval Interval { get; } = interval;

        public DateTime? Next { get; set; }
    }
}
