using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Feeds;
using Provisioning.Execution;
using Provisioning.Hosting;
using Provisioning.Session;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>The history-load minimum: its default, how a host sets it, and a value outside 0 to 1 refused with a message.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class HistoryLoadOptionsTests(SampleStoreFixture sample)
{
    [Fact]
    public void The_host_has_a_minimum_of_nine_tenths_by_default_and_takes_one_set_on_the_builder()
    {
        using var defaults = ProvisioningHost.Build(builder => { });
        using var set = ProvisioningHost.Build(builder => builder.WithHistoryLoad(o => o.MinimumLoadedFraction = 0.25));

        Assert.Equal(0.9, defaults.GetRequiredService<IOptions<HistoryLoadOptions>>().Value.MinimumLoadedFraction);
        Assert.Equal(0.25, set.GetRequiredService<IOptions<HistoryLoadOptions>>().Value.MinimumLoadedFraction);
    }

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(-0.1, "-0.1")]
    [InlineData(double.NaN, "NaN")]
    public void A_minimum_outside_zero_to_one_is_refused_with_a_message_that_says_what_to_write(double minimum, string written)
    {
        using var provider = ProvisioningHost.Build(builder => builder.WithHistoryLoad(o => o.MinimumLoadedFraction = minimum));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HistoryLoadOptions>>().Value);

        var message = Assert.Single(failure.Failures);
        Assert.StartsWith($"HistoryLoad:MinimumLoadedFraction: {written} is not a fraction of the expected history;", message, StringComparison.Ordinal);
        Assert.Contains("from 0 (accept any history) to 1 (every bar), such as 0.9", message, StringComparison.Ordinal);

        var config = ReplaySession.Config([]).Resolve();
        var thrown = Assert.Throws<ArgumentException>(() => new SessionCoordinator(
            config,
            ExchangeCalendars.Xnys,
            sample.OpenStore(),
            new ChannelBarFeed(config.BaseIntervals),
            new ReplayClock(DateTime.UnixEpoch),
            historyLoad: new HistoryLoadOptions { MinimumLoadedFraction = minimum }));
        Assert.StartsWith("HistoryLoad:MinimumLoadedFraction:", thrown.Message, StringComparison.Ordinal);
    }
}
