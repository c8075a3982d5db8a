using Provisioning.Intervals;
using Provisioning.Requirements;
using static Provisioning.Core.Tests.Requirements.ExampleSession;

namespace Provisioning.Core.Tests.Requirements;

/// <summary>
/// Where an indicator's warm-up window is counted back from, and what an addition reads: worked out by hand over XNYS.
/// New York is EDT (UTC-4) in May and on 11 March 2024, EST (UTC-5) on 8 March and in late November.
/// </summary>
public sealed class WarmupWindowTests
{
    [Fact]
    public void The_window_is_counted_back_from_the_open_of_the_session_in_progress_or_from_now_between_sessions()
    {
        // Monday 2024-03-11 opens at 09:30 EDT = 13:30Z: at 10:00 EDT and at 15:59 EDT the anchor is the open.
        Assert.Equal(Utc("2024-03-11T13:30:00Z"), Estimator.WarmupAnchor(Monday1000));
        Assert.Equal(Utc("2024-03-11T13:30:00Z"), Estimator.WarmupAnchor(Utc("2024-03-11T19:59:00Z")));
        Assert.Equal(Utc("2024-03-11T13:30:00Z"), Estimator.WarmupAnchor(Utc("2024-03-11T13:30:00Z")));

        // Before the open (08:00 EDT), after an early close (Black Friday 2024-11-29 closes at 13:00 EST = 18:00Z; 14:00
        // EST) and on a weekend, no session is in progress: the anchor is the moment itself.
        Assert.Equal(Monday0800, Estimator.WarmupAnchor(Monday0800));
        Assert.Equal(Utc("2024-11-29T19:00:00Z"), Estimator.WarmupAnchor(Utc("2024-11-29T19:00:00Z")));
        Assert.Equal(Utc("2024-03-09T15:00:00Z"), Estimator.WarmupAnchor(Utc("2024-03-09T15:00:00Z")));
    }

    [Fact]
    public void A_1d_indicator_added_mid_session_reads_the_closed_sessions_only()
    {
        // SMA(3) on 1d, multiplier 2 → 6 daily bars, added at 12:00 EDT on Tuesday 2024-05-28 (16:00Z). Counted back from
        // the open (13:30Z): the 6 sessions closed before it are 24, 23, 22, 21, 20 and 17 May (Memorial Day, 27 May,
        // and the weekends hold none) → from Friday 17 May 09:30 EDT = 13:30Z. Read through 12:00: Tuesday's day bar is
        // not complete, so still 6 bars over 6 trading days; calendar days 17..28 May = 12.
        var day = Interval.Days(1);
        var noon = Utc("2024-05-28T16:00:00Z");
        var window = Estimator.EstimateBars(day, 3, Estimator.WarmupAnchor(noon), 2.0);

        var read = Estimator.WarmupRead(window, day, noon);

        Assert.Equal(new HistoryEstimate(day, 3, 2.0, 6, 6, 12, Utc("2024-05-17T13:30:00Z"), Utc("2024-05-28T13:30:00Z")), window);
        // The read carries the window it holds (checked by hand above), for Step 0's advice.
        Assert.Equal(new HistoryEstimate(day, 3, 2.0, 6, 6, 12, Utc("2024-05-17T13:30:00Z"), noon) { Window = window }, read);
    }

    [Fact]
    public void An_intraday_indicator_added_mid_session_reads_its_window_and_the_session_so_far()
    {
        // EMA(20) on 5m, multiplier 2 → 40 five-minute bars, added at 12:00 EST on Black Friday 2024-11-29 (17:00Z; the
        // session is 09:30–13:00). Counted back from its open (14:30Z): Thanksgiving has no session, so all 40 are the
        // last of Wednesday 27 November: 16:00 − 200 min = 12:40 EST = 17:40Z. Read in 1m bars through 12:00: Wednesday
        // 12:40–16:00 = 200 and Friday 09:30–12:00 = 150, 350 bars over 2 trading days; calendar days 27..29 = 3.
        var window = Estimator.EstimateBars(Interval.Minutes(5), 20, Estimator.WarmupAnchor(Utc("2024-11-29T17:00:00Z")), 2.0);

        var read = Estimator.WarmupRead(window, Interval.Minutes(1), Utc("2024-11-29T17:00:00Z"));

        Assert.Equal(Utc("2024-11-27T17:40:00Z"), window.StartUtc);
        Assert.Equal(Utc("2024-11-29T14:30:00Z"), window.EndUtc);
        Assert.Equal(new HistoryEstimate(Interval.Minutes(1), 20, 2.0, 350, 2, 3, Utc("2024-11-27T17:40:00Z"), Utc("2024-11-29T17:00:00Z")) { Window = window }, read);
    }
}
