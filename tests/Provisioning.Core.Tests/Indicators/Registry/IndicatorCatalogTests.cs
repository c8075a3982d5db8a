using System;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;
using Provisioning.Indicators.Registry;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Indicators.Registry;

/// <summary>The catalog and descriptors with hand-written descriptors (no generator): registration, conflicts, checks.</summary>
public sealed class IndicatorCatalogTests
{
    private static IndicatorDescriptor Descriptor(string name, Type type, int warmupOffset = 0) =>
        new(
            name,
            type,
            PriceInput.Close,
            [new IndicatorParameterDefinition("period", IndicatorParameterKind.Integer, 1, 100)],
            arguments => arguments.Int32(0) + warmupOffset,
            arguments => new Fixed(arguments.Int32(0)));

    [Fact]
    public void Lists_descriptors_by_name_and_ignores_a_second_registration_of_the_same_type()
    {
        var zeta = Descriptor("zeta", typeof(Fixed));
        var alpha = Descriptor("alpha", typeof(Other));
        var catalog = new IndicatorCatalog([zeta, alpha]);
        catalog.Register([zeta]);

        Assert.Equal([alpha, zeta], catalog.Descriptors);
        Assert.Empty(catalog.Conflicts);
    }

    [Fact]
    public void Refuses_a_name_taken_by_another_type_and_keeps_the_first()
    {
        var first = Descriptor("avg", typeof(Fixed));
        var catalog = new IndicatorCatalog([first]);

        catalog.Register([Descriptor("AVG", typeof(Other))]);

        Assert.True(catalog.TryGet("avg", out var kept));
        Assert.Same(first, kept);
        Assert.Equal(
            [$"Indicator name \"AVG\" of {typeof(Other).FullName} is already used by {typeof(Fixed).FullName}; Other is not registered. Give one of them another name."],
            catalog.Conflicts);
    }

    [Fact]
    public void A_negative_warm_up_is_a_failed_result()
    {
        var catalog = new IndicatorCatalog([Descriptor("neg", typeof(Fixed), warmupOffset: -10)]);

        var resolved = catalog.ResolveSpec("neg", [new IndicatorParameter("period", 3)], Interval.Minutes(1));

        Assert.Equal(IndicatorError.InvalidWarmup, resolved.Error);
        Assert.Equal("neg.WarmupBars returned -7 for period = 3; a warm-up is 0 or more bars.", resolved.Reason);
    }

    [Fact]
    public void An_empty_catalog_names_no_indicator()
    {
        var found = new IndicatorCatalog().Find("sma");

        Assert.Equal(IndicatorError.UnknownName, found.Error);
        Assert.Equal("No indicator is named \"sma\" Declared indicators: none.", found.Reason);
    }

    [Fact]
    public void Positional_spec_values_must_match_the_parameter_count()
    {
        var descriptor = Descriptor("avg", typeof(Fixed));

        Assert.Throws<ArgumentException>(() => descriptor.Spec(1, 2));
        Assert.Equal(5, descriptor.Spec(5).WarmupBars);
    }

    [Fact]
    public void A_bad_name_and_a_bad_interval_are_reported_together()
    {
        var catalog = new IndicatorCatalog([Descriptor("avg", typeof(Fixed))]);

        var resolved = catalog.ResolveSpec("avx", [new IndicatorParameter("period", 3)], "0m");

        Assert.Equal(IndicatorError.UnknownName, resolved.Error);
        Assert.Equal(
            "No indicator is named \"avx\"; did you mean \"avg\"? Declared indicators: avg. " + IntervalParser.Parse("0m").Reason,
            resolved.Reason);
    }

    [Fact]
    public void The_spec_builder_refuses_a_bad_interval_text()
    {
        var builder = Descriptor("avg", typeof(Fixed)).Spec(4);

        Assert.Throws<ArgumentException>(() => builder.On("7x"));
        Assert.Equal(IndicatorError.InvalidInterval, builder.TryOn("7x").Error);
        Assert.Equal("avg(4)@5m", builder.TryOn("5m").Value!.Key);
        Assert.Equal("avg(4)", builder.ToString());
    }

    private sealed class Fixed(int period) : IIndicator
    {
        public int Period { get; } = period;

        public bool IsReady => true;

        public double Value => Period;

        public void Update(in Provisioning.Data.Bar bar)
        {
        }

        public void Reset()
        {
        }
    }

    private sealed class Other : IIndicator
    {
        public bool IsReady => true;

        public double Value => 0;

        public void Update(in Provisioning.Data.Bar bar)
        {
        }

        public void Reset()
        {
        }
    }
}
