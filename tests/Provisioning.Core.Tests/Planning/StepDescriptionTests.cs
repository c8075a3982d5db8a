using System;
using Provisioning.Collections;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Planning;

/// <summary>The one-line texts of the steps, as plan, run and logs print them: counts grouped one way, nouns singular for one.</summary>
public sealed class StepDescriptionTests
{
    [Fact]
    public void LoadHistorical_groups_the_bar_count_and_says_one_trading_day()
    {
        var step = new LoadHistorical("AAPL", Interval.Minutes(1), Utc(2024, 11, 25, 14, 30), Utc(2024, 11, 26, 14, 30), 390, 1);

        Assert.Equal("load 390 historical 1m bars for AAPL over 1 trading day (2024-11-25 14:30Z .. 2024-11-26 14:30Z)", step.Describe());
    }

    [Fact]
    public void LoadHistorical_writes_thousands_with_a_separator()
    {
        var step = new LoadHistorical("AAPL", Interval.Minutes(1), Utc(2024, 11, 19, 14, 30), Utc(2024, 11, 26, 14, 30), 1950, 5);

        Assert.Equal("load 1,950 historical 1m bars for AAPL over 5 trading days (2024-11-19 14:30Z .. 2024-11-26 14:30Z)", step.Describe());
    }

    [Fact]
    public void LoadHistorical_of_one_bar_says_bar()
    {
        var step = new LoadHistorical("SPY", Interval.Days(1), Utc(2024, 11, 25, 14, 30), Utc(2024, 11, 26, 14, 30), 1, 1);

        Assert.Equal("load 1 historical 1d bar for SPY over 1 trading day (2024-11-25 14:30Z .. 2024-11-26 14:30Z)", step.Describe());
    }

    [Fact]
    public void RegisterIndicator_groups_the_warmup_and_says_one_bar()
    {
        var many = new RegisterIndicator("AAPL", new IndicatorSpec("sma", EquatableArray<IndicatorParameter>.Empty, Interval.Minutes(5), 1200));
        var one = new RegisterIndicator("AAPL", new IndicatorSpec("last", EquatableArray<IndicatorParameter>.Empty, Interval.Minutes(5), 1));

        Assert.Equal("register indicator " + many.Spec.Key + " for AAPL (warm-up 1,200 bars)", many.Describe());
        Assert.Equal("register indicator " + one.Spec.Key + " for AAPL (warm-up 1 bar)", one.Describe());
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
