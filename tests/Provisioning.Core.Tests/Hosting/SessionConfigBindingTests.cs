using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Provisioning.Config;
using Provisioning.Hosting;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Hosting;

/// <summary>
/// A host binds the session config from configuration, where every value is a string ("trailingDays": 2.0 in a JSON
/// file arrives as "2.0"), through the shared config rules: a value they accept binds, one they refuse fails the start
/// with an <see cref="OptionsValidationException"/> naming the key, never a raw exception from the binder.
/// </summary>
public sealed class SessionConfigBindingTests
{
    [Fact]
    public void Trailing_days_written_2_0_bind_as_two_days()
    {
        using var provider = Build(new() { ["historical:enabled"] = "true", ["historical:trailingDays"] = "2.0" });

        var config = provider.GetRequiredService<ResolvedSessionConfig>();

        Assert.Equal(new HistoricalSettings(true, 2, new(new[] { IntervalParser.Parse("1m").Interval, IntervalParser.Parse("1d").Interval })), config.Historical);
    }

    [Theory]
    [InlineData("2.5", "historical.trailingDays: \"trailingDays\" is a whole number of trading days, not 2.5.")]
    [InlineData("two", "historical.trailingDays: \"historical.trailingDays\" must be a whole number of trading days, such as 5, but is a string.")]
    [InlineData("0", "historical.trailingDays: \"trailingDays\" is 0 but history is enabled: write at least 1, or set \"enabled\": false.")]
    public void A_trailing_day_count_the_rules_refuse_fails_options_validation_naming_the_key(string days, string expected)
    {
        using var provider = Build(new() { ["historical:enabled"] = "true", ["historical:trailingDays"] = days });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SessionConfig>>().Value);

        Assert.Equal(new[] { expected }, failure.Failures);
    }

    [Fact]
    public void Keys_match_ignoring_case_as_configuration_does_and_lists_keep_their_order()
    {
        using var provider = Build(new()
        {
            ["Symbols:0"] = "AAPL", ["Symbols:1"] = "MSFT", ["STREAMS:0"] = "1m", ["derivedintervals:0"] = "5m", ["WarmupMultiplier"] = "3",
        });

        var config = provider.GetRequiredService<ResolvedSessionConfig>();

        Assert.Equal(new[] { "AAPL", "MSFT" }, config.Symbols);
        Assert.Equal(new[] { IntervalParser.Parse("1m").Interval }, config.BaseIntervals);
        Assert.Equal(new[] { new DerivedInterval(IntervalParser.Parse("5m").Interval, IntervalParser.Parse("1m").Interval) }, config.DerivedIntervals);
        Assert.Equal(3.0, config.WarmupMultiplier);
    }

    [Fact]
    public void An_unknown_key_in_the_section_fails_options_validation_with_a_suggestion()
    {
        using var provider = Build(new() { ["symbls:0"] = "AAPL" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SessionConfig>>().Value);

        Assert.Equal(new[] { "symbls: Unknown key \"symbls\" in the session config: did you mean \"symbols\"?" }, failure.Failures);
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddProvisioning(configuration);
        return services.BuildServiceProvider();
    }
}
