using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Data.Feeds;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Feeds;

/// <summary>A live feed that lives through many sessions keeps only what a subscription can still ask for.</summary>
public sealed class ChannelBarFeedRetentionTests
{
    private const int SteadySymbols = 100;
    private const int RotatingSymbols = 100;
    private static readonly Interval Minute = Interval.Minutes(1);

    [Fact]
    public void Eight_sessions_of_bars_keep_at_most_one_session_of_the_symbols_that_traded_in_the_last()
    {
        var feed = new ChannelBarFeed([Minute]);
        var calendar = ExchangeCalendars.Xnys;
        var date = new DateOnly(2024, 11, 4);
        var retained = new List<int>();
        for (var day = 0; day < 8; day++)
        {
            Assert.True(calendar.TryGetSession(date, out var session));
            var minutes = (int)(session.CloseUtc - session.OpenUtc).TotalMinutes;
            foreach (var start in Minutes(session))
            {
                // Half the symbols trade every day; the other half are new names each day (yesterday's scanner hits).
                for (var i = 0; i < SteadySymbols; i++)
                {
                    feed.Publish(new FeedBar($"S{i}", Minute, Bar(start)));
                }

                for (var i = 0; i < RotatingSymbols; i++)
                {
                    feed.Publish(new FeedBar($"D{day}R{i}", Minute, Bar(start)));
                }
            }

            // A day's bars start less than a day after the previous day's last: the window holds that day, no more.
            Assert.True(feed.RetainedBars <= (SteadySymbols + RotatingSymbols) * minutes, $"day {day}: {feed.RetainedBars} bars kept");
            Assert.Equal(SteadySymbols + RotatingSymbols, feed.RetainedSeries);
            retained.Add(feed.RetainedBars);
            date = calendar.NextSession(date).Date;
        }

        // Kept on main: 8 sessions × 200 names × 390 = 624,000 bars; here the last day's 78,000 at most.
        Assert.True(retained[^1] <= (SteadySymbols + RotatingSymbols) * 390, $"{retained[^1]} bars kept after eight sessions");
    }

    [Fact]
    public async Task A_subscription_that_asks_for_bars_older_than_the_window_is_refused_with_the_reason()
    {
        var feed = new ChannelBarFeed([Minute]) { CatchUpWindow = TimeSpan.FromHours(1) };
        var open = new DateTime(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc);
        for (var minute = 0; minute < 120; minute++)
        {
            feed.Publish(new FeedBar("AAPL", Minute, Bar(open.AddMinutes(minute))));
        }

        var refused = await Assert.ThrowsAsync<SubscriptionRefusedException>(() => feed.SubscribeAsync("AAPL", Minute, open).AsTask());
        Assert.Contains("catch-up", refused.Message, StringComparison.Ordinal);

        // Within the window the catch-up is complete: 15:30 (the newest, 16:29, less the hour is dropped) to 16:29.
        await feed.SubscribeAsync("AAPL", Minute, open.AddMinutes(70));
        var delivered = 0;
        while (feed.Bars.TryRead(out _))
        {
            delivered++;
        }

        Assert.Equal(50, delivered);
    }

    private static IEnumerable<DateTime> Minutes(TradingSession session)
    {
        for (var start = session.OpenUtc; start < session.CloseUtc; start = start.AddMinutes(1))
        {
            yield return start;
        }
    }

    private static Bar Bar(DateTime start) => new(start, 100, 101, 99, 100.5, 1_000);
}
