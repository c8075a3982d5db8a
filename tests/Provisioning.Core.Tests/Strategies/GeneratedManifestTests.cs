using Provisioning.Collections;
using Provisioning.Core.Tests.Generated;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Strategies;
using Provisioning.Strategies.__Internals;

namespace Provisioning.Core.Tests.Strategies;

/// <summary>The manifest generated for <see cref="TestBreakout"/> from its attributes, compared with one written by hand.</summary>
public sealed class GeneratedManifestTests
{
    [Fact]
    public void The_manifest_holds_every_declared_bar_and_indicator()
    {
        // Warm-ups by hand from TestChannel.WarmupBars = 2 × period + 1: period 20 -> 41, period 10 -> 21.
        var expected = new StrategyManifest(
            "TestBreakout",
            EquatableArray<BarDeclaration>.Of(
                new BarDeclaration(Interval.Minutes(1), IsBase: true, HistoricalDays: 0),
                new BarDeclaration(Interval.Minutes(5), IsBase: false, HistoricalDays: 5)),
            EquatableArray<IndicatorSpec>.Of(
                new IndicatorSpec("test_channel", EquatableArray<IndicatorParameter>.Of(new("period", 20), new("width", 2.0)), Interval.Minutes(15), 41, PriceInput.HighLowClose),
                new IndicatorSpec("test_channel", EquatableArray<IndicatorParameter>.Of(new("period", 10), new("width", 1.5)), Interval.Hours(1), 21, PriceInput.HighLowClose)));

        Assert.Equal(expected, new TestBreakout().Manifest);
        Assert.Same(TestBreakout.DeclaredManifest, new TestBreakout().Manifest);
    }

    [Fact]
    public void The_manifest_lists_bases_and_every_needed_interval()
    {
        var manifest = TestBreakout.DeclaredManifest;

        Assert.Equal(new[] { Interval.Minutes(1) }, manifest.BaseIntervals);
        Assert.Equal(new[] { Interval.Minutes(1), Interval.Minutes(5), Interval.Minutes(15), Interval.Hours(1) }, manifest.Intervals);
        Assert.Equal(["test_channel(20,2)@15m", "test_channel(10,1.5)@1h"], System.Linq.Enumerable.Select(manifest.Indicators, i => i.Key));
    }

    [Fact]
    public void A_strategy_that_declares_nothing_has_an_empty_manifest()
    {
        var manifest = new TestUndeclared().Manifest;

        Assert.True(manifest.IsEmpty);
        Assert.Equal("TestUndeclared", manifest.StrategyName);
        Assert.Equal(EquatableArray<BarDeclaration>.Empty, manifest.Bars);
    }
}
