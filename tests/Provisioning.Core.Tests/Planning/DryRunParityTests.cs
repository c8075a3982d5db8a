using System;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Data.Feeds;
using Provisioning.Indicators.__Internals;
using Provisioning.Indicators.Registry;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Session;
using Provisioning.State;

namespace Provisioning.Core.Tests.Planning;

/// <summary>
/// The dry run (<c>provision plan</c>) and the session run one pipeline: what one refuses, the other refuses with the
/// same words, and Step 0 reads the store once per check.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class DryRunParityTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task An_addition_needing_a_stream_the_feed_does_not_stream_is_refused_alike_by_the_dry_run_and_the_session()
    {
        // The config streams 1m and 1d, the feed only 1d: sma(20)@5m is built from 1m, which nothing streams. Before
        // the one pipeline the CLI's Step 0 had no feed half and planned it; the session refused it.
        var config = ReplaySession.Config([]).Resolve();
        var feed = new ChannelBarFeed([Interval.Days(1)]);
        var now = TenOClock();
        var store = sample.OpenStore();
        var session = new SessionCoordinator(config, ExchangeCalendars.Xnys, store, feed, new ReplayClock(now));
        var spec = IndicatorCatalog.Default.ResolveSpec("sma", [new("period", 20)], Interval.Minutes(5)).Value!;

        var refused = await session.AddIndicatorAsync("AAPL", "sma", [new("period", 20)], "5m", ProvisionSource.Strategy);
        var planned = await ProvisioningPipeline.Create(config, ExchangeCalendars.Xnys, store, feed.CanStream)
            .PrepareAsync(new IndicatorRequest("AAPL", spec, ProvisionSource.Strategy), SessionStateSnapshot.Empty, now);

        Assert.Equal(AdditionStatus.Rejected, refused.Status);
        Assert.False(planned.CanProceed);
        Assert.True(planned.Plan.IsEmpty);
        Assert.Contains("The session feed does not stream 1m bars, which 5m needs; add it to \"streams\" or ask for history only.", planned.Errors);
        Assert.Equal(refused.Errors, planned.Errors);
        Assert.False(planned.Validation.SessionAvailable);
    }

    [Fact]
    public void The_dry_run_streams_what_the_sessions_replay_feed_streams_for_the_config()
    {
        // The CLI's replay run and the host build their feed from the config's bases; the dry run asks the same rule.
        var config = ReplaySession.Config([]).Resolve();
        var streams = SessionDryRun.Streams(config);
        var feed = new ChannelBarFeed(config.BaseIntervals);
        foreach (var interval in new[] { Interval.Seconds(1), Interval.Minutes(1), Interval.Minutes(5), Interval.Hours(1), Interval.Days(1), Interval.Weeks(1) })
        {
            Assert.Equal(feed.CanStream(interval), streams(interval));
        }

        Assert.True(streams(Interval.Minutes(1)));
        Assert.False(streams(Interval.Minutes(5)));
    }

    [Fact]
    public async Task Step_zero_reads_each_listing_and_availability_once_per_check()
    {
        // AAPL on a config with 1m and 1d streams and one trading day of history: one check per base (two loads), each
        // listing the symbol's intervals once and reading one base's availability once. The CLI's old Step 0 validated
        // every check twice.
        var config = ReplaySession.Config(["AAPL"], trailingDays: 1).Resolve();
        var store = new CountingStore(sample.OpenStore());
        var dryRun = new SessionDryRun(config, ExchangeCalendars.Xnys, store, IndicatorCatalog.Default);

        var entry = await dryRun.PrepareAsync(new SymbolRequest("AAPL", ProvisionSource.Config), "symbol AAPL", SessionStateSnapshot.Empty, TenOClock(), CancellationToken.None);

        Assert.True(entry.CanProceed, string.Join(" ", entry.Errors));
        Assert.Equal(2, entry.Checks.Count);
        Assert.Equal(2, store.Listings);
        Assert.Equal(2, store.Availabilities);
    }

    private static DateTime TenOClock()
    {
        Assert.True(ExchangeCalendars.Xnys.TryGetSession(Tuesday, out var session));
        return session.OpenUtc.AddMinutes(30);
    }

    private sealed class CountingStore(IHistoricalBarStore inner) : DelegatingBarStore(inner)
    {
        private int _listings;
        private int _availabilities;

        public int Listings => _listings;

        public int Availabilities => _availabilities;

        public override ValueTask<StoreListing<Interval>> ListIntervalsAsync(string symbol, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _listings);
            return base.ListIntervalsAsync(symbol, cancellationToken);
        }

        public override ValueTask<SeriesAvailability> GetAvailabilityAsync(string symbol, Interval interval, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _availabilities);
            return base.GetAvailabilityAsync(symbol, interval, cancellationToken);
        }
    }
}
