using System;
using System.Collections.Generic;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Aggregation;

/// <summary>The aggregator on the real XNYS calendar (written independently, on the calendar branch).</summary>
public class BarAggregatorXnysTests
{
    [Fact]
    public void Every_2024_session_yields_the_calendars_bar_count_for_each_interval()
    {
        // 2024 has full days, the 13:00 closes of 3 July, 29 November and 24 December, and both DST changes.
        // A full minute stream per session must give exactly BarsInSession bars: 78 five-minute bars on a full day,
        // 42 on an early close, and so on.
        var calendar = ExchangeCalendars.Xnys;
        var intervals = new[] { Interval.Minutes(5), Interval.Minutes(15), Interval.Hours(1), Interval.Days(1) };
        var aggregators = new List<(BarAggregator Aggregator, RecordingSubscriber Recorder)>();
        foreach (var interval in intervals)
        {
            var aggregator = new BarAggregator(calendar, Interval.Minutes(1), interval);
            var recorder = new RecordingSubscriber();
            aggregator.Subscribe(recorder);
            aggregators.Add((aggregator, recorder));
        }

        var sessions = calendar.SessionsInRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        Assert.Equal(252, sessions.Count);
        var earlyCloses = 0;
        foreach (var session in sessions)
        {
            earlyCloses += session.IsEarlyClose ? 1 : 0;
            var before = new int[intervals.Length];
            for (var k = 0; k < intervals.Length; k++)
            {
                before[k] = aggregators[k].Recorder.Bars.Count;
            }

            for (var t = session.OpenUtc; t < session.CloseUtc; t = t.AddMinutes(1))
            {
                var bar = new Bar(t, 1, 2, 0.5, 1.5, 1);
                foreach (var (aggregator, _) in aggregators)
                {
                    aggregator.Push(bar);
                }
            }

            for (var k = 0; k < intervals.Length; k++)
            {
                Assert.Equal(
                    calendar.BarsInSession(session, intervals[k]),
                    aggregators[k].Recorder.Bars.Count - before[k]);
            }
        }

        Assert.Equal(3, earlyCloses);
    }

    [Fact]
    public void Black_Friday_2024_last_hour_bar_is_cut_at_the_13_00_close()
    {
        // 2024-11-29: 09:30–13:00 EST = 14:30Z–18:00Z. Hour bars 09:30, 10:30, 11:30 and 12:30–13:00.
        var aggregator = new BarAggregator(ExchangeCalendars.Xnys, Interval.Minutes(1), Interval.Hours(1));
        var recorder = new RecordingSubscriber();
        aggregator.Subscribe(recorder);
        var open = new DateTime(2024, 11, 29, 14, 30, 0, DateTimeKind.Utc);
        foreach (var bar in MinuteBars.Ladder(open, 0, 215))
        {
            aggregator.Push(bar); // the last 5 minutes are after the close
        }

        Assert.Equal(5, aggregator.OutsideSessionBars);
        Assert.Equal(
            [open, open.AddHours(1), open.AddHours(2), open.AddHours(3)],
            recorder.Bars.ConvertAll(b => b.Start));

        // Minutes 180..209: volume 181 + … + 210 = 5865 (as on the test calendar's short day).
        Assert.Equal(new Bar(open.AddHours(3), 280, 309.5, 279.5, 309.25, 5865), recorder.Bars[3]);
    }
}
