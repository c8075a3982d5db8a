using System;
using Provisioning.Collections;
using Provisioning.Core.Tests.Generated;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;
using Provisioning.Indicators.Registry;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Indicators.Registry;

/// <summary>
/// The registry as generated for <see cref="TestChannel"/> (declared in this project): registered when the assembly
/// loaded, created by name with range validation, and the same spec from the typed Spec(...) and from text.
/// </summary>
public sealed class GeneratedRegistryTests
{
    private static IndicatorParameter[] Parameters(params (string Name, double Value)[] values) =>
        Array.ConvertAll(values, v => new IndicatorParameter(v.Name, v.Value));

    private static EquatableArray<IndicatorParameter> Values(params (string Name, double Value)[] values) =>
        EquatableArray<IndicatorParameter>.Of(Parameters(values));

    [Fact]
    public void The_module_initializer_registered_the_declared_indicator()
    {
        Assert.True(IndicatorCatalog.Default.TryGet("test_channel", out var descriptor));
        Assert.Same(typeof(TestChannel), descriptor.IndicatorType);
        Assert.Equal(PriceInput.HighLowClose, descriptor.Input);
        Assert.Equal(
            new[]
            {
                new IndicatorParameterDefinition("period", IndicatorParameterKind.Integer, 2, 1000),
                new IndicatorParameterDefinition("width", IndicatorParameterKind.Real, 0.5, 5, 2.0),
            },
            descriptor.Parameters);
        Assert.Same(TestChannel.Descriptor, descriptor);
        Assert.True(IndicatorCatalog.Default.TryGet("TEST_Channel", out _));
    }

    [Fact]
    public void Creates_the_indicator_by_name_with_the_given_values()
    {
        var created = IndicatorCatalog.Default.Create("test_channel", Parameters(("period", 20), ("width", 2.5)));

        Assert.True(created.Success, created.Reason);
        var channel = Assert.IsType<TestChannel>(created.Value);
        Assert.Equal(20, channel.Period);
        Assert.Equal(2.5, channel.Width);
    }

    [Fact]
    public void A_parameter_left_out_takes_its_declared_default_and_names_match_case_insensitively()
    {
        var created = IndicatorCatalog.Default.Create("test_channel", Parameters(("PERIOD", 20)));

        var channel = Assert.IsType<TestChannel>(created.Value);
        Assert.Equal(2.0, channel.Width);
    }

    [Theory]
    [InlineData(1, "test_channel period = 1 is below its minimum 2 (allowed: 2 to 1000).")]
    [InlineData(1001, "test_channel period = 1001 is above its maximum 1000 (allowed: 2 to 1000).")]
    [InlineData(20.5, "test_channel period = 20.5 is not a whole number; period counts whole units (allowed: 2 to 1000).")]
    [InlineData(double.NaN, "test_channel period = NaN is not a number; give a finite value (allowed: 2 to 1000).")]
    public void A_value_outside_its_declaration_is_a_failed_result(double period, string reason)
    {
        var created = IndicatorCatalog.Default.Create("test_channel", Parameters(("period", period)));

        Assert.False(created.Success);
        Assert.Equal(IndicatorError.InvalidValue, created.Error);
        Assert.Equal(reason, created.Reason);
    }

    [Fact]
    public void A_value_out_of_range_among_every_parameter_given_in_order_is_a_failed_result()
    {
        // Both parameters, in constructor order, spelled as declared: the binder's short path, which must still refuse.
        var created = IndicatorCatalog.Default.Create("test_channel", Parameters(("period", 20), ("width", 9)));

        Assert.False(created.Success);
        Assert.Equal(IndicatorError.InvalidValue, created.Error);
        Assert.Equal("test_channel width = 9 is above its maximum 5 (allowed: 0.5 to 5).", created.Reason);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var created = IndicatorCatalog.Default.Create("test_channel", Parameters(("perod", 20), ("width", 9)));

        Assert.Equal(IndicatorError.UnknownParameter, created.Error);
        Assert.Equal(
            "test_channel has no parameter \"perod\"; its parameters are: int period [2, 1000], double width = 2 [0.5, 5]; "
            + "test_channel width = 9 is above its maximum 5 (allowed: 0.5 to 5); "
            + "test_channel needs period (int period [2, 1000]).",
            created.Reason);
    }

    [Fact]
    public void A_parameter_given_twice_is_refused()
    {
        var created = IndicatorCatalog.Default.Create("test_channel", Parameters(("period", 20), ("Period", 30)));

        Assert.Equal(IndicatorError.DuplicateParameter, created.Error);
        Assert.Equal("test_channel period is given more than once.", created.Reason);
    }

    [Fact]
    public void An_unknown_name_suggests_the_closest_declared_one()
    {
        var created = IndicatorCatalog.Default.Create("test_chanel", Parameters(("period", 20)));

        Assert.Equal(IndicatorError.UnknownName, created.Error);
        Assert.StartsWith("No indicator is named \"test_chanel\"; did you mean \"test_channel\"? Declared indicators: ", created.Reason, StringComparison.Ordinal);
        Assert.Contains("test_channel", created.Reason!["No indicator is named".Length..], StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_a_spec_from_text_with_the_declared_warm_up()
    {
        var resolved = IndicatorCatalog.Default.ResolveSpec("test_channel", Parameters(("period", 20)), "5m");

        Assert.True(resolved.Success, resolved.Reason);
        var spec = resolved.Value;
        Assert.Equal("test_channel(20,2)@5m", spec.Key);
        Assert.Equal(41, spec.WarmupBars); // 2 × 20 + 1
        Assert.Equal(PriceInput.HighLowClose, spec.Input);
        Assert.Equal(Interval.Minutes(5), spec.Interval);
    }

    [Fact]
    public void A_bad_interval_is_a_failed_result_with_the_parser_reason()
    {
        var resolved = IndicatorCatalog.Default.ResolveSpec("test_channel", Parameters(("period", 20)), "7x");

        Assert.Equal(IndicatorError.InvalidInterval, resolved.Error);
        Assert.Equal(IntervalParser.Parse("7x").Reason, resolved.Reason);
    }

    [Fact]
    public void The_typed_spec_builder_gives_the_same_spec_as_the_name_path()
    {
        var typed = TestChannel.Spec(period: 20, width: 2.5).On("15m");
        var byName = IndicatorCatalog.Default.ResolveSpec("test_channel", Parameters(("width", 2.5), ("period", 20)), "15m").Value;

        Assert.Equal(byName, typed);
        Assert.Equal(new IndicatorSpec("test_channel", Values(("period", 20), ("width", 2.5)), Interval.Minutes(15), 41, PriceInput.HighLowClose), typed);
        Assert.Equal(typed, TestChannel.Spec(20, 2.5).On(Interval.Minutes(15)));
    }

    [Fact]
    public void The_typed_spec_builder_throws_for_a_value_outside_its_range()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => TestChannel.Spec(period: 1));

        Assert.Equal("period", thrown.ParamName);
    }

    [Fact]
    public void The_typed_spec_builder_creates_the_indicator()
    {
        var channel = Assert.IsType<TestChannel>(TestChannel.Spec(period: 7).Create());

        Assert.Equal(7, channel.Period);
        Assert.Equal(2.0, channel.Width);
    }

    [Fact]
    public void Validate_accepts_a_declared_spec_and_refuses_a_hand_made_wrong_warm_up()
    {
        var good = new IndicatorSpec("test_channel", Values(("period", 20), ("width", 2)), Interval.Minutes(5), 41, PriceInput.HighLowClose);
        var wrong = new IndicatorSpec("test_channel", Values(("period", 20), ("width", 2)), Interval.Minutes(5), 20, PriceInput.HighLowClose);

        Assert.True(IndicatorCatalog.Default.Validate(good).Success);
        var refused = IndicatorCatalog.Default.Validate(wrong);
        Assert.Equal(IndicatorError.SpecMismatch, refused.Error);
    }

    [Fact]
    public void Creates_the_indicator_a_spec_describes()
    {
        var spec = TestChannel.Spec(period: 12, width: 3).On("1h");

        var channel = Assert.IsType<TestChannel>(IndicatorCatalog.Default.Create(spec).Value);

        Assert.Equal(12, channel.Period);
        Assert.Equal(3.0, channel.Width);
    }
}
