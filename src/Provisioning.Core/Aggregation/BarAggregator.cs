using System;
using System.Collections.Generic;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Aggregation;

/// <summary>
/// Builds bars of one derived interval from the base bars of one symbol, fed in time order, and hands each closed bar
/// to its subscribers (the interval's indicators and bar series): one aggregator per (symbol, derived interval).
/// </summary>
/// <remarks>
/// <para>
/// Intraday buckets are anchored at the session open: a base bar starting at t falls in bucket
/// floor((t − open) / interval), so a missing base bar never shifts later buckets, and the last bucket of a short day
/// is cut at the close (a 1h bar from 12:30 to 13:00 on a 13:00 close). A session with a break is two runs: buckets
/// are cut at the break start and anchored again at the break end (Tokyo 1h: 11:00–11:30, then 12:30). A day bar covers one session (Start = the
/// session's open, complete at its close); a week bar covers the sessions of one ISO week, Monday to Sunday in the
/// exchange's time zone (Start = the open of the week's first session). N-week bars group ISO weeks counted from
/// 0001-01-01; N-day bars group sessions counted from the calendar's first date. A derived bar's Start is its bucket's
/// start, whatever the time of its first base bar; open of the first base bar, high the highest, low the lowest, close
/// of the last, volume the sum. A bucket without base bars yields no bar.
/// </para>
/// <para>
/// A derived bar is delivered as soon as it is complete: when the base bar whose end reaches the bucket's end arrives,
/// when a base bar of a later bucket arrives, or when <see cref="AdvanceTo"/> passes the bucket's end (the session
/// close included). Base bars outside every session are not aggregated (<see cref="OutsideSessionBars"/>); base bars
/// that start before the <see cref="Watermark"/> (duplicates, out of order, or later than a promise given to
/// <see cref="AdvanceTo"/>) are dropped (<see cref="LateBars"/>). Base intraday bars must be aligned to their interval.
/// Daily base bars are matched to a session by their date: a Start at midnight UTC is read as the date itself, any
/// other Start by its exchange-local date, or as the open of the session it starts (a CME session opens the evening
/// before its date). A session may span local midnight (CME): its intraday buckets run on across it.
/// </para>
/// <para>
/// Invariant: after every call, the bars delivered are exactly the buckets holding base bars whose end is at or before
/// the watermark. That is what lets <see cref="Subscribe(IBarSubscriber, ReadOnlySpan{Bar})"/> warm a new subscriber
/// from history and join it to the live stream without a gap or a duplicate. Not thread-safe: feed one symbol from one
/// thread at a time. The hot path (a base bar inside the open bucket) makes no calendar call and allocates nothing.
/// </para>
/// </remarks>
internal sealed class BarAggregator
{
    private static readonly IBarSubscriber[] NoSubscribers = [];

    private readonly ITradingCalendar _calendar;
    private readonly TimeZoneInfo _timeZone;
    private readonly bool _intradayBase;
    private readonly long _baseTicks;
    private readonly bool _intradayTarget;
    private readonly long _targetTicks;
    private readonly int _targetCount;
    private IBarSubscriber[] _subscribers = NoSubscribers;

    // No base bar starting at or after the horizon is taken (warm-up aggregators stop at the live watermark).
    private long _horizon = long.MaxValue;
    private long _watermark;

    private bool _hasSession;
    private TradingSession _session;
    private long _sessionOpen = long.MaxValue;
    private long _sessionClose = long.MinValue;
    private long _breakStart = long.MaxValue;
    private long _breakEnd = long.MaxValue;
    private long _quietFrom = long.MaxValue;
    private long _quietUntil = long.MinValue;

    private long _groupKey = long.MinValue;
    private long _groupStart;
    private long _groupEnd;
    private DateOnly _ordinalDate;
    private int _ordinal = -1;

    private bool _hasOpenBar;
    private long _bucketStart;
    private long _bucketEnd;
    private long _fastEnd = long.MinValue;
    private double _open;
    private double _high;
    private double _low;
    private double _close;
    private double _volume;

    /// <summary>Creates an aggregator of <paramref name="interval"/> bars from <paramref name="baseInterval"/> bars.</summary>
    /// <param name="calendar">The exchange calendar giving the sessions' opens and closes.</param>
    /// <param name="baseInterval">The interval of the bars pushed in.</param>
    /// <param name="interval">The interval of the bars delivered; it may equal the base (session filtering only).</param>
    /// <exception cref="ArgumentException">The pair cannot be aggregated; check <see cref="IntervalAggregation.CanAggregate"/> first.</exception>
    public BarAggregator(ITradingCalendar calendar, Interval baseInterval, Interval interval)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!IntervalAggregation.CanAggregate(baseInterval, interval, out var reason))
        {
            throw new ArgumentException(reason, nameof(interval));
        }

        _calendar = calendar;
        _timeZone = calendar.TimeZone;
        BaseInterval = baseInterval;
        Interval = interval;
        _intradayBase = baseInterval.IsIntraday;
        _baseTicks = baseInterval.TotalSeconds * TimeSpan.TicksPerSecond;
        _intradayTarget = interval.IsIntraday;
        _targetTicks = interval.TotalSeconds * TimeSpan.TicksPerSecond;
        _targetCount = interval.Count;
    }

    /// <summary>The interval of the bars pushed in.</summary>
    public Interval BaseInterval { get; }

    /// <summary>The interval of the bars delivered.</summary>
    public Interval Interval { get; }

    /// <summary>
    /// The instant before which every base bar has been received (the end of the last base bar, or the latest
    /// <see cref="AdvanceTo"/>); <see cref="DateTime.MinValue"/> before the first.
    /// </summary>
    public DateTime Watermark => new(_watermark, DateTimeKind.Utc);

    /// <summary>Base bars dropped because they were outside every session (pre-market, after hours, holidays).</summary>
    public long OutsideSessionBars { get; private set; }

    /// <summary>Base bars dropped because they started before the watermark (duplicates, out of order, late).</summary>
    public long LateBars { get; private set; }

    /// <summary>Derived bars delivered so far.</summary>
    public long EmittedBars { get; private set; }

    /// <summary>The number of subscribers.</summary>
    public int SubscriberCount => _subscribers.Length;

    /// <summary>Adds a subscriber; it receives the bars closed from now on.</summary>
    public void Subscribe(IBarSubscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var grown = new IBarSubscriber[_subscribers.Length + 1];
        _subscribers.CopyTo(grown, 0);
        grown[^1] = subscriber;
        _subscribers = grown;
    }

    /// <summary>
    /// Warms <paramref name="subscriber"/> from history, then subscribes it, so that it sees exactly the bars it would
    /// have seen had it been subscribed from the start of <paramref name="baseHistory"/>: the history's base bars that
    /// start before the <see cref="Watermark"/> go through a fresh aggregator with the same calendar and intervals (the
    /// same code as live bars) up to the watermark, and the bucket still open here is delivered later by this one.
    /// </summary>
    /// <param name="subscriber">The indicator or series to warm and subscribe.</param>
    /// <param name="baseHistory">
    /// Base bars in time order, starting at a session open and holding every base bar this aggregator has received
    /// since then (the store's history stitched to the session's own bars).
    /// </param>
    public void Subscribe(IBarSubscriber subscriber, ReadOnlySpan<Bar> baseHistory)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var warmup = new BarAggregator(_calendar, BaseInterval, Interval) { _horizon = _watermark };
        warmup.Subscribe(subscriber);
        foreach (ref readonly var bar in baseHistory)
        {
            warmup.Push(in bar);
        }

        warmup.AdvanceTo(Watermark);
        Subscribe(subscriber);
    }

    /// <summary>Removes a subscriber; false when it was not subscribed.</summary>
    public bool Unsubscribe(IBarSubscriber subscriber)
    {
        var index = Array.IndexOf(_subscribers, subscriber);
        if (index < 0)
        {
            return false;
        }

        var shrunk = new IBarSubscriber[_subscribers.Length - 1];
        Array.Copy(_subscribers, 0, shrunk, 0, index);
        Array.Copy(_subscribers, index + 1, shrunk, index, shrunk.Length - index);
        _subscribers = shrunk;
        return true;
    }

    /// <summary>The derived bar still being built (not yet closed), if any.</summary>
    public bool TryGetOpenBar(out Bar bar)
    {
        bar = _hasOpenBar
            ? new Bar(new DateTime(_bucketStart, DateTimeKind.Utc), _open, _high, _low, _close, _volume)
            : default;
        return _hasOpenBar;
    }

    /// <summary>Takes the next base bar of the symbol; delivers the derived bars it completes.</summary>
    public void Push(in Bar bar)
    {
        var start = bar.Start.Ticks;

        // Hot path: an in-order intraday base bar inside the open bucket and the current session.
        // (_fastEnd is long.MinValue unless a bucket is open; the watermark is past the bucket's first bar.)
        if (start < _fastEnd && start >= _watermark)
        {
            if (bar.High > _high)
            {
                _high = bar.High;
            }

            if (bar.Low < _low)
            {
                _low = bar.Low;
            }

            _close = bar.Close;
            _volume += bar.Volume;
            var end = start + _baseTicks;
            _watermark = end;
            if (end >= _bucketEnd)
            {
                Emit();
            }

            return;
        }

        if (_intradayBase)
        {
            PushIntraday(in bar, start);
        }
        else
        {
            PushSessionBar(in bar);
        }
    }

    /// <summary>
    /// Tells the aggregator that no base bar starting before <paramref name="utc"/> will arrive any more (the session
    /// clock, less any delivery delay the feed allows); delivers the derived bars that ended by then, such as the last
    /// bar of a session at its close or a bar whose last base bars are missing. Later base bars starting before it are
    /// dropped as late.
    /// </summary>
    public void AdvanceTo(DateTime utc) => Advance(utc.Ticks);

    private void PushIntraday(in Bar bar, long start)
    {
        if (start >= _horizon)
        {
            return;
        }

        if (start < _watermark)
        {
            LateBars++;
            return;
        }

        var end = start + _baseTicks;
        if (start < _sessionOpen || start >= _sessionClose)
        {
            if (_hasOpenBar && start >= _bucketEnd)
            {
                Emit();
            }

            if ((start >= _quietFrom && start < _quietUntil) || !TryEnterSessionAt(start))
            {
                OutsideSessionBars++;
                Advance(end);
                return;
            }
        }

        Aggregate(in bar, start);
        Advance(end);
    }

    private void PushSessionBar(in Bar bar)
    {
        if (!TryGetSpan(bar.Start, out var first, out var last))
        {
            OutsideSessionBars++;
            return;
        }

        var start = first.OpenUtc.Ticks;
        if (start >= _horizon)
        {
            return;
        }

        if (start < _watermark)
        {
            LateBars++;
            return;
        }

        if (_hasOpenBar && start >= _bucketEnd)
        {
            Emit();
        }

        if (!_hasSession || first.Date != _session.Date)
        {
            EnterSession(first);
        }

        Aggregate(in bar, start);
        Advance(last.CloseUtc.Ticks);
    }

    // The base bar starts at `start` inside the current session.
    private void Aggregate(in Bar bar, long start)
    {
        long bucketStart;
        long bucketEnd;
        if (_intradayTarget)
        {
            // A session with a break is two runs of buckets: the morning's cut at the break start, the afternoon's
            // anchored again at the break end (docs/calendars.md), as SessionBars places them.
            var anchor = start >= _breakEnd ? _breakEnd : _sessionOpen;
            var runEnd = start < _breakStart ? _breakStart : _sessionClose;
            bucketStart = anchor + ((start - anchor) / _targetTicks * _targetTicks);
            bucketEnd = Math.Min(bucketStart + _targetTicks, runEnd);
        }
        else
        {
            bucketStart = _groupStart;
            bucketEnd = _groupEnd;
        }

        if (_hasOpenBar && bucketStart == _bucketStart)
        {
            if (bar.High > _high)
            {
                _high = bar.High;
            }

            if (bar.Low < _low)
            {
                _low = bar.Low;
            }

            _close = bar.Close;
            _volume += bar.Volume;
        }
        else
        {
            if (_hasOpenBar)
            {
                Emit();
            }

            _hasOpenBar = true;
            _bucketStart = bucketStart;
            _bucketEnd = bucketEnd;
            _open = bar.Open;
            _high = bar.High;
            _low = bar.Low;
            _close = bar.Close;
            _volume = bar.Volume;
        }

        if (_intradayBase)
        {
            _fastEnd = Math.Min(Math.Min(_bucketEnd, _sessionClose), _horizon);
        }
    }

    private void Advance(long ticks)
    {
        if (ticks > _watermark)
        {
            _watermark = ticks;
        }

        if (_hasOpenBar && _watermark >= _bucketEnd)
        {
            Emit();
        }
    }

    private void Emit()
    {
        var bar = new Bar(new DateTime(_bucketStart, DateTimeKind.Utc), _open, _high, _low, _close, _volume);
        _hasOpenBar = false;
        _fastEnd = long.MinValue;
        EmittedBars++;
        var subscribers = _subscribers;
        for (var i = 0; i < subscribers.Length; i++)
        {
            subscribers[i].Update(in bar);
        }
    }

    // Slow path for an intraday base bar outside the cached session: find its session, or remember how long the
    // market stays closed so the following bars need no lookup.
    private bool TryEnterSessionAt(long start)
    {
        var instant = new DateTime(start, DateTimeKind.Utc);
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant, _timeZone);
        var date = DateOnly.FromDateTime(local);
        _quietFrom = start;

        // Closed until the next local midnight at least (less an hour, in case a time change falls at midnight).
        var nextMidnight = local.Date.AddDays(1) - _timeZone.GetUtcOffset(instant) - TimeSpan.FromHours(1);
        _quietUntil = Math.Max(nextMidnight.Ticks, start + 1);

        if (date < _calendar.FirstDate || date > _calendar.LastDate)
        {
            return false;
        }

        // The session may have opened the evening before its date (CME) or close at midnight after it (24:00), so the
        // sessions of the dates either side are looked at too.
        try
        {
            if (_calendar.TrySessionContaining(instant, out var session))
            {
                EnterSession(session);
                return true;
            }

            var next = _calendar.SessionAtOrAfter(instant);
            if (next.OpenUtc.Ticks > start)
            {
                _quietUntil = next.OpenUtc.Ticks;
            }
        }
        catch (CalendarRangeException)
        {
        }

        return false;
    }

    private void EnterSession(in TradingSession session)
    {
        _hasSession = true;
        _session = session;
        _sessionOpen = session.OpenUtc.Ticks;
        _sessionClose = session.CloseUtc.Ticks;
        // Without a break, the one run ends at the close.
        _breakStart = session.BreakStartUtc?.Ticks ?? _sessionClose;
        _breakEnd = session.BreakEndUtc?.Ticks ?? _sessionClose;
        _quietFrom = long.MaxValue;
        _quietUntil = long.MinValue;
        if (!_intradayTarget)
        {
            UpdateGroup(session);
        }

        var subscribers = _subscribers;
        for (var i = 0; i < subscribers.Length; i++)
        {
            subscribers[i].OnSessionStart(in session);
        }
    }

    // The sessions a daily or weekly base bar covers: its session, or the sessions of its ISO week.
    private bool TryGetSpan(DateTime barStart, out TradingSession first, out TradingSession last)
    {
        first = default;
        last = default;
        var date = barStart.TimeOfDay == TimeSpan.Zero
            ? DateOnly.FromDateTime(barStart)
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(barStart, DateTimeKind.Utc), _timeZone));
        try
        {
            // A day bar stamped with its session's open: a CME session opens the evening before its date.
            if (BaseInterval.Unit == IntervalUnit.Day && barStart.TimeOfDay != TimeSpan.Zero
                && date >= _calendar.FirstDate && date <= _calendar.LastDate
                && _calendar.TrySessionContaining(DateTime.SpecifyKind(barStart, DateTimeKind.Utc), out first) && first.OpenUtc == barStart)
            {
                last = first;
                return true;
            }

            if (BaseInterval.Unit == IntervalUnit.Day)
            {
                if (date < _calendar.FirstDate || date > _calendar.LastDate || !_calendar.TryGetSession(date, out first))
                {
                    return false;
                }

                last = first;
                return true;
            }

            var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            var sessions = SessionsBetween(monday, monday.AddDays(6));
            if (sessions.Count == 0)
            {
                return false;
            }

            first = sessions[0];
            last = sessions[^1];
            return true;
        }
        catch (CalendarRangeException)
        {
            return false;
        }
    }

    // The bounds of the day or week bucket the session belongs to.
    private void UpdateGroup(in TradingSession session)
    {
        if (Interval.Unit == IntervalUnit.Week)
        {
            var monday = session.Date.AddDays(-(((int)session.Date.DayOfWeek + 6) % 7));
            long key = monday.DayNumber / 7 / _targetCount;
            if (key == _groupKey)
            {
                return;
            }

            var firstMonday = DateOnly.FromDayNumber((int)(key * _targetCount * 7));
            var sessions = SessionsBetween(firstMonday, firstMonday.AddDays((_targetCount * 7) - 1));
            SetGroup(key, sessions.Count > 0 ? sessions[0] : session, sessions.Count > 0 ? sessions[^1] : session);
            return;
        }

        if (_targetCount == 1)
        {
            SetGroup(session.Date.DayNumber, session, session);
            return;
        }

        var ordinal = SessionOrdinal(session);
        long dayKey = ordinal / _targetCount;
        if (dayKey == _groupKey)
        {
            return;
        }

        var firstSession = session;
        for (var i = ordinal % _targetCount; i > 0; i--)
        {
            firstSession = _calendar.PreviousSession(firstSession.Date);
        }

        var lastSession = session;
        try
        {
            for (var i = _targetCount - 1 - (ordinal % _targetCount); i > 0; i--)
            {
                lastSession = _calendar.NextSession(lastSession.Date);
            }
        }
        catch (CalendarRangeException)
        {
            // The calendar ends inside the group: the bucket ends with the last session it knows.
        }

        SetGroup(dayKey, firstSession, lastSession);
    }

    private void SetGroup(long key, in TradingSession first, in TradingSession last)
    {
        _groupKey = key;
        _groupStart = first.OpenUtc.Ticks;
        _groupEnd = last.CloseUtc.Ticks;
    }

    // The session's position among the calendar's sessions, counted from its first date; consecutive sessions are
    // counted on, anything else is counted afresh.
    private int SessionOrdinal(in TradingSession session)
    {
        if (_ordinal >= 0 && session.Date > _ordinalDate && _calendar.NextSession(_ordinalDate).Date == session.Date)
        {
            _ordinal++;
        }
        else if (_ordinal < 0 || session.Date != _ordinalDate)
        {
            _ordinal = _calendar.SessionsInRange(_calendar.FirstDate, session.Date).Count - 1;
        }

        _ordinalDate = session.Date;
        return _ordinal;
    }

    private IReadOnlyList<TradingSession> SessionsBetween(DateOnly from, DateOnly to)
    {
        if (from < _calendar.FirstDate)
        {
            from = _calendar.FirstDate;
        }

        if (to > _calendar.LastDate)
        {
            to = _calendar.LastDate;
        }

        return from > to ? [] : _calendar.SessionsInRange(from, to);
    }
}
