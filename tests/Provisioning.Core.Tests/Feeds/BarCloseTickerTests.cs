using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Provisioning.Calendar;
using Provisioning.Data.Feeds;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Feeds;

/// <summary>
/// When the bar-close ticks of a live session fall: at each base-bar boundary (anchored at the session open, the last
/// cut at the close) plus the grace, on the fake clock. XNYS, November 2024: Eastern Standard Time, UTC−5, so 10:05 ET
/// is 15:05 UTC; 2024-11-29 (the day after Thanksgiving) closes early at 13:00 ET.
/// </summary>
public sealed class BarCloseTickerTests
{
    private static readonly ITradingCalendar Xnys = ExchangeCalendars.Xnys;
    private static readonly Interval OneMinute = Interval.Minutes(1);

    [Fact]
    public void The_tick_falls_at_the_next_minute_boundary_plus_the_grace_and_names_that_boundary()
    {
        var clock = new FakeTimeProvider(Et(2024, 11, 26, 10, 4, 30));
        using var ticker = new BarCloseTicker(clock, Xnys, [OneMinute], TimeSpan.FromSeconds(5));

        // 10:05:04.999 is a millisecond short of 10:05 + 5 s: nothing is due.
        clock.Advance(TimeSpan.FromMilliseconds(34_999));
        Assert.False(ticker.TryTakeSignal());

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(ticker.TryTakeSignal());
        Assert.Equal([(OneMinute, Et(2024, 11, 26, 10, 5, 0).UtcDateTime)], ticker.TakeDue(clock.GetUtcNow().UtcDateTime));
        Assert.False(ticker.TryTakeSignal());

        // The next one: 10:06 + 5 s.
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(ticker.TryTakeSignal());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(ticker.TryTakeSignal());
        Assert.Equal([(OneMinute, Et(2024, 11, 26, 10, 6, 0).UtcDateTime)], ticker.TakeDue(clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void A_boundary_that_falls_due_after_the_time_the_consumer_read_waits_for_the_next_take()
    {
        var clock = new FakeTimeProvider(Et(2024, 11, 26, 10, 4, 30));
        using var ticker = new BarCloseTicker(clock, Xnys, [OneMinute], TimeSpan.FromSeconds(5));

        // The consumer read 10:05:04 before draining; the clock reached 10:05:06 during the drain. 10:05 fell due at
        // 10:05:05, after the time read, so a bar written at 10:05:04.5 may still be undrained: nothing is applied yet.
        clock.Advance(TimeSpan.FromSeconds(34));
        var readBeforeDrain = clock.GetUtcNow().UtcDateTime;
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(ticker.TryTakeSignal());
        Assert.Empty(ticker.TakeDue(readBeforeDrain));

        // The signal is raised again at once, with the clock standing at 10:05:06 (armed from the time read, the timer
        // would wait for 10:05:07, which a clock that stands still never reaches); that take applies 10:05.
        Assert.True(ticker.TryTakeSignal());
        Assert.Equal([(OneMinute, Et(2024, 11, 26, 10, 5, 0).UtcDateTime)], ticker.TakeDue(clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void A_jump_of_the_clock_yields_the_latest_boundary_whose_grace_has_passed()
    {
        var clock = new FakeTimeProvider(Et(2024, 11, 26, 10, 0, 30));
        using var ticker = new BarCloseTicker(clock, Xnys, [OneMinute], TimeSpan.FromSeconds(5));

        // 10:10:03: 10:09 + 5 s has passed, 10:10 + 5 s has not.
        clock.Advance(TimeSpan.FromSeconds((9 * 60) + 33));

        Assert.True(ticker.TryTakeSignal());
        Assert.Equal([(OneMinute, Et(2024, 11, 26, 10, 9, 0).UtcDateTime)], ticker.TakeDue(clock.GetUtcNow().UtcDateTime));
        Assert.Empty(ticker.TakeDue(clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void With_a_zero_grace_the_tick_falls_at_the_boundary_itself()
    {
        var clock = new FakeTimeProvider(Et(2024, 11, 26, 10, 4, 30));
        using var ticker = new BarCloseTicker(clock, Xnys, [OneMinute], TimeSpan.Zero);

        clock.Advance(TimeSpan.FromMilliseconds(29_999));
        Assert.False(ticker.TryTakeSignal());

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(ticker.TryTakeSignal());
        Assert.Equal([(OneMinute, Et(2024, 11, 26, 10, 5, 0).UtcDateTime)], ticker.TakeDue(clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void Hour_bars_are_anchored_at_the_open_the_short_day_ends_at_its_close_and_nothing_ticks_until_the_next_session()
    {
        // Friday 2024-11-29 opens 9:30 and closes 13:00: hour bars end 10:30, 11:30, 12:30 and (cut) 13:00.
        var hour = Interval.Hours(1);
        var clock = new FakeTimeProvider(Et(2024, 11, 29, 12, 40, 0));
        using var ticker = new BarCloseTicker(clock, Xnys, [hour], TimeSpan.FromSeconds(5));

        clock.Advance(TimeSpan.FromSeconds((20 * 60) + 5));
        Assert.True(ticker.TryTakeSignal());
        Assert.Equal([(hour, Et(2024, 11, 29, 13, 0, 0).UtcDateTime)], ticker.TakeDue(clock.GetUtcNow().UtcDateTime));

        // The weekend and Monday morning: the next boundary is Monday 2024-12-02 9:30 + 1 h = 10:30.
        clock.SetUtcNow(Et(2024, 12, 2, 10, 30, 4));
        Assert.False(ticker.TryTakeSignal());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(ticker.TryTakeSignal());
        Assert.Equal([(hour, Et(2024, 12, 2, 10, 30, 0).UtcDateTime)], ticker.TakeDue(clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void Each_intraday_base_has_its_own_boundaries_and_a_daily_base_has_none()
    {
        var fiveMinutes = Interval.Minutes(5);
        var clock = new FakeTimeProvider(Et(2024, 11, 26, 10, 3, 0));
        using var ticker = new BarCloseTicker(clock, Xnys, [OneMinute, fiveMinutes, Interval.Days(1)], TimeSpan.FromSeconds(5));

        // 10:05:05: the minute boundary 10:05 and the five-minute boundary 10:05 (9:30 + 7 × 5 min) are both due.
        clock.Advance(TimeSpan.FromSeconds(125));
        Assert.True(ticker.TryTakeSignal());
        Assert.Equal(
            [(OneMinute, Et(2024, 11, 26, 10, 5, 0).UtcDateTime), (fiveMinutes, Et(2024, 11, 26, 10, 5, 0).UtcDateTime)],
            ticker.TakeDue(clock.GetUtcNow().UtcDateTime));

        // 10:06:05: only the minute.
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([(OneMinute, Et(2024, 11, 26, 10, 6, 0).UtcDateTime)], ticker.TakeDue(clock.GetUtcNow().UtcDateTime));

        using var daily = new BarCloseTicker(clock, Xnys, [Interval.Days(1)], TimeSpan.FromSeconds(5));
        Assert.False(daily.IsTicking);
    }

    [Fact]
    public async Task After_dispose_the_timer_never_raises_the_signal()
    {
        var clock = new FakeTimeProvider(Et(2024, 11, 26, 10, 4, 30));
        var ticker = new BarCloseTicker(clock, Xnys, [OneMinute], TimeSpan.FromSeconds(5));

        ticker.Dispose();
        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.False(ticker.TryTakeSignal());
        Assert.False(await ticker.WaitForSignalAsync(CancellationToken.None));
    }

    private static DateTimeOffset Et(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(-5));
}
