using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Hosting;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Session;

/// <summary>The live feed's bar-close grace: its default, how a host sets it, and a negative one refused with a message.</summary>
public sealed class LiveFeedOptionsTests
{
    [Fact]
    public void The_live_feed_of_AddProvisioning_has_a_five_second_grace_by_default()
    {
        using var provider = Build(builder => { });

        Assert.Equal(TimeSpan.FromSeconds(5), provider.GetRequiredService<ChannelBarFeed>().BarCloseGrace);
        Assert.Same(provider.GetRequiredService<ChannelBarFeed>(), provider.GetRequiredService<IBarFeed>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2_500)]
    public void A_grace_set_on_UseLiveFeed_reaches_the_feed(int milliseconds)
    {
        using var provider = Build(builder => builder.UseLiveFeed(o => o.BarCloseGrace = TimeSpan.FromMilliseconds(milliseconds)));

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), provider.GetRequiredService<ChannelBarFeed>().BarCloseGrace);
    }

    [Fact]
    public void A_negative_grace_is_refused_with_a_message_that_says_what_to_write()
    {
        using var provider = Build(builder => builder.UseLiveFeed(o => o.BarCloseGrace = TimeSpan.FromSeconds(-1)));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ChannelBarFeed>());

        var message = Assert.Single(failure.Failures);
        Assert.StartsWith("LiveFeed:BarCloseGrace: -00:00:01 is negative;", message, StringComparison.Ordinal);
        Assert.Contains("write zero or more, such as 00:00:05", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_built_in_code_refuses_a_negative_grace_and_has_none_unless_given()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChannelBarFeed([Interval.Minutes(1)], TimeSpan.FromTicks(-1)));
        Assert.Null(new ChannelBarFeed([Interval.Minutes(1)]).BarCloseGrace);
        Assert.Equal(TimeSpan.Zero, new ChannelBarFeed([Interval.Minutes(1)], TimeSpan.Zero).BarCloseGrace);
    }

    private static ServiceProvider Build(Action<ProvisioningBuilder> configure) => ProvisioningHost.Build(configure);
}
