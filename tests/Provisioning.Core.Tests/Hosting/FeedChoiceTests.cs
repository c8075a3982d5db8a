using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Provisioning.Clock;
using Provisioning.Data.Feeds;
using Provisioning.Hosting;

namespace Provisioning.Core.Tests.Hosting;

/// <summary>
/// <c>UseReplay</c> and <c>UseLiveFeed</c>: the last call chooses the feed and, for a replay, the clock; a clock the host
/// registered itself is never thrown away by the live feed.
/// </summary>
public sealed class FeedChoiceTests
{
    [Fact]
    public void A_clock_the_host_registered_before_the_live_feed_is_the_sessions_clock()
    {
        var fake = new FakeTimeProvider(new DateTimeOffset(2024, 11, 26, 15, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(fake);

        services.AddProvisioning(Configuration()).UseLiveFeed();
        using var provider = services.BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<TimeProvider>());
        Assert.IsType<ChannelBarFeed>(provider.GetRequiredService<IBarFeed>());
    }

    [Fact]
    public void A_live_feed_chosen_after_a_replay_replaces_the_replay_and_its_clock()
    {
        var services = new ServiceCollection();

        services.AddProvisioning(Configuration()).UseReplay(new DateOnly(2024, 11, 26)).UseLiveFeed();
        using var provider = services.BuildServiceProvider();

        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.IsType<ChannelBarFeed>(provider.GetRequiredService<IBarFeed>());
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(ReplayBarFeed) || d.ServiceType == typeof(ReplayClock));
        Assert.Single(services, d => d.ServiceType == typeof(IBarFeed));
    }

    [Fact]
    public void A_replay_chosen_after_the_live_feed_runs_on_the_replay_clock_at_the_sessions_open()
    {
        var services = new ServiceCollection();

        services.AddProvisioning(Configuration()).UseLiveFeed().UseReplay(new DateOnly(2024, 11, 26));
        using var provider = services.BuildServiceProvider();

        // 2024-11-26 opens at 09:30 New York, 14:30 UTC (standard time).
        var clock = Assert.IsType<ReplayClock>(provider.GetRequiredService<TimeProvider>());
        Assert.Equal(new DateTime(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc), clock.UtcNow);
        Assert.IsType<ReplayBarFeed>(provider.GetRequiredService<IBarFeed>());
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(ChannelBarFeed));
    }

    private static IConfiguration Configuration() =>
        new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""{ "symbols": ["AAPL"], "streams": ["1m", "1d"] }""")))
            .Build();
}
