using System.Linq;
using Provisioning.Generators.Reading;
using Provisioning.Intervals;
using static Provisioning.Generators.Tests.Reading.ReaderTestSource;

namespace Provisioning.Generators.Tests.Reading;

/// <summary>What the strategy reader makes of [Bars] and [UsesIndicator]: the valid entries and each problem's place.</summary>
public sealed class StrategyDeclarationReaderTests
{
    [Fact]
    public void Reads_bars_and_indicator_uses_in_declaration_order()
    {
        var compilation = Compile("""
            [Bars("1m", Base = true)]
            [Bars("5m", HistoricalDays = 5)]
            [UsesIndicator<Sma>("15m", 20)]
            public sealed partial class S : Strategy { }
            """);

        var reading = StrategyDeclarationReader.Read(Type(compilation, "S"), default);

        Assert.Empty(reading.Problems);
        Assert.Equal(
            [new(Interval.Minutes(1), true, 0), new(Interval.Minutes(5), false, 5)],
            reading.Model!.Bars.ToArray());
        var use = Assert.Single(reading.Model.Indicators);
        Assert.Equal("global::Sma", use.IndicatorType);
        Assert.Equal(Interval.Minutes(15), use.Interval);
        Assert.Equal([new Model.IndicatorArgumentModel("period", true, 20)], use.Arguments.ToArray());
    }

    [Theory]
    [InlineData("""[Bars("1m", Base = true)][Bars("7x")]""", "InvalidInterval @ \"7x\"", null)]
    [InlineData("""[Bars("1m", Base = true)][Bars("60m")]""", "NonCanonicalInterval @ \"60m\"", "1h")]
    [InlineData("""[Bars("1d", Base = true)][UsesIndicator<Sma>("15m", 20)]""", "MissingBaseInterval @ \"15m\"", "1m")]
    [InlineData("""[Bars("5s", Base = true)][Bars("7s")]""", "MissingBaseInterval @ \"7s\"", "1s")]
    [InlineData("""[Bars("1m", Base = true)][UsesIndicator<Sma>("5m", 0)]""", "ArgumentOutOfRange @ 0", null)]
    [InlineData("""[Bars("1m", Base = true)][UsesIndicator<Sma>("5m", 501)]""", "ArgumentOutOfRange @ 501", null)]
    [InlineData("""[Bars("1m", Base = true)][UsesIndicator<Sma>("5m", 20.5)]""", "ArgumentType @ 20.5", null)]
    [InlineData("""[Bars("1m", Base = true)][UsesIndicator<Sma>("5m", 20, 3)]""", "TooManyArguments @ 3", null)]
    [InlineData("""[Bars("1m", Base = true)][UsesIndicator<Sma>("5m")]""", "MissingArgument @ UsesIndicator<Sma>(\"5m\")", null)]
    [InlineData("""[Bars("1m", Base = true)][Bars("1m")]""", "DuplicateBars @ \"1m\"", null)]
    [InlineData("""[Bars("1m", Base = true, HistoricalDays = -2)]""", "InvalidHistoricalDays @ -2", null)]
    [InlineData("""[Bars("1m", Base = true)][UsesIndicator<Base>("5m")]""", "UsedIndicatorInvalid @ UsesIndicator<Base>(\"5m\")", null)]
    public void Reports_the_problem_at_the_offending_text(string attributes, string expected, string? suggestion)
    {
        var compilation = Compile(attributes + " public sealed partial class S : Strategy { }");

        var reading = StrategyDeclarationReader.Read(Type(compilation, "S"), default);

        Assert.NotNull(reading.Model);
        Assert.Equal([expected], Describe(reading.Problems));
        Assert.Equal(suggestion, reading.Problems[0].Suggestion);
    }

    [Fact]
    public void A_strategy_that_cannot_take_a_manifest_has_no_model()
    {
        var compilation = Compile("""[Bars("1m", Base = true)] public sealed class S : Strategy { }""");

        var reading = StrategyDeclarationReader.Read(Type(compilation, "S"), default);

        Assert.Null(reading.Model);
        Assert.Equal(["StrategyNotPartial @ S"], Describe(reading.Problems));
    }

    [Fact]
    public void Problems_of_a_base_strategy_are_reported_there_only_but_its_bases_count()
    {
        var compilation = Compile("""
            [Bars("1m", Base = true)][Bars("7x")]
            public abstract partial class Parent : Strategy { }
            [UsesIndicator<Sma>("5m", 20)]
            public sealed partial class Child : Parent { }
            """);

        var parent = StrategyDeclarationReader.Read(Type(compilation, "Parent"), default);
        var child = StrategyDeclarationReader.Read(Type(compilation, "Child"), default);

        Assert.Equal(["InvalidInterval @ \"7x\""], Describe(parent.Problems));
        Assert.Empty(child.Problems);
        Assert.True(child.Model!.HidesInheritedManifest);
        Assert.Equal([Interval.Minutes(1)], System.Linq.Enumerable.Select(child.Model.Bars, b => b.Interval));
    }
}
