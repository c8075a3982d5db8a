using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Provisioning.Data.Feeds;
using Provisioning.Hosting;
using Provisioning.Intervals;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Hosting;

/// <summary>
/// A session the container created attaches to a feed that tracks delivery and detaches when the container is disposed,
/// so a replay is not left waiting for a session that never ran.
/// </summary>
public sealed class SessionDisposalTests
{
    [Fact]
    public void A_session_the_container_created_detaches_from_its_feed_once_when_the_container_is_disposed()
    {
        var feed = new CountingFeed();
        var services = new ServiceCollection();
        services.AddProvisioning(Configuration());
        services.Replace(ServiceDescriptor.Singleton<IBarFeed>(feed));
        var provider = services.BuildServiceProvider();

        // Resolved under both of its registrations: one session, attached once.
        Assert.Same(provider.GetRequiredService<SessionCoordinator>(), provider.GetRequiredService<IProvisioningSession>());
        Assert.Equal(1, feed.Attached);

        provider.Dispose();

        Assert.Equal(0, feed.Attached);
        Assert.Equal(1, feed.Detaches);
    }

    private static IConfiguration Configuration() =>
        new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""{ "symbols": ["AAPL"], "streams": ["1m", "1d"] }""")))
            .Build();

    // Counts the sessions attached to it; streams nothing.
    private sealed class CountingFeed : IDeliveryTrackingFeed
    {
        private readonly Channel<FeedBar> _channel = Channel.CreateUnbounded<FeedBar>();

        public int Attached { get; private set; }

        public int Detaches { get; private set; }

        public ChannelReader<FeedBar> Bars => _channel.Reader;

        public bool CanStream(Interval interval) => true;

        public ValueTask SubscribeAsync(string symbol, Interval interval, DateTime fromUtc, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask UnsubscribeAsync(string symbol, Interval interval, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public void AttachConsumer() => Attached++;

        public void OnDelivered()
        {
        }

        public void DetachConsumer()
        {
            Attached--;
            Detaches++;
        }

        public void BeginAddition()
        {
        }

        public void EndAddition()
        {
        }
    }
}
