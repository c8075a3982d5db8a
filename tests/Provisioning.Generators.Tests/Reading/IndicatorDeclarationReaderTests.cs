using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Provisioning.Generators.Reading;
using Provisioning.Generators.Tests.Infrastructure;
using static Provisioning.Generators.Tests.Reading.ReaderTestSource;

namespace Provisioning.Generators.Tests.Reading;

/// <summary>What the indicator reader makes of a declaration: the model, or problems at the exact place.</summary>
public sealed class IndicatorDeclarationReaderTests
{
    [Fact]
    public void Reads_a_valid_indicator()
    {
        var compilation = Compile("""
            [Indicator("bands", Input = PriceInput.Typical)]
            public sealed partial class Bands : Base
            {
                public Bands([Parameter(Min = 2)] int period, [Parameter(Min = 0.5, Max = 4)] double k = 2) { }
                public static int WarmupBars(int period) => period;
            }
            """);

        var reading = IndicatorDeclarationReader.Read(Type(compilation, "Bands"), default);

        Assert.Empty(reading.Problems);
        var model = reading.Model!;
        Assert.Equal("bands", model.Name);
        Assert.Equal("Typical", model.InputMember);
        Assert.Equal("global::Bands", model.Type.FullyQualifiedName);
        Assert.Equal(
            [new("period", true, 2, double.PositiveInfinity, false, 0), new("k", false, 0.5, 4, true, 2)],
            model.Parameters.ToArray());
        Assert.Equal([new Model.WarmupArgumentModel("period", 0, true)], model.WarmupArguments.ToArray());
    }

    [Theory]
    [InlineData(
        """[Indicator("Bad Name")] public sealed partial class BadName : Base { public static int WarmupBars() => 1; }""",
        "BadName",
        "IndicatorInvalidName @ \"Bad Name\"")]
    [InlineData(
        """[Indicator("plain")] public sealed class Plain : Base { public static int WarmupBars() => 1; }""",
        "Plain",
        "IndicatorNotPartial @ Plain")]
    [InlineData(
        """[Indicator("cold")] public sealed partial class Cold : Base { public Cold(int period) { } }""",
        "Cold",
        "WarmupMissing @ Cold")]
    [InlineData(
        """[Indicator("empty")] public sealed partial class Empty : Base { public Empty([Parameter(Min = 5, Max = 1)] int period) { } public static int WarmupBars(int period) => period; }""",
        "Empty",
        "IndicatorInvalidRange @ 1")]
    [InlineData(
        """[Indicator("stray")] public sealed partial class Stray : Base { public Stray(int period) { } public static int WarmupBars(int length) => length; }""",
        "Stray",
        "WarmupParameterUnknown @ length")]
    [InlineData(
        """[Indicator("odd", Input = (PriceInput)99)] public sealed partial class Odd : Base { public static int WarmupBars() => 1; }""",
        "Odd",
        "IndicatorInvalidInput @ (PriceInput)99")]
    [InlineData(
        """[Indicator("wide")] public sealed partial class Wide : Base { public Wide(long period) { } public static int WarmupBars() => 1; }""",
        "Wide",
        "IndicatorUnsupportedParameter @ period")]
    [InlineData(
        """[Indicator("low")] public sealed partial class Low : Base { public Low([Parameter(Min = 1)] int period = 0) { } public static int WarmupBars(int period) => period; }""",
        "Low",
        "IndicatorDefaultOutOfRange @ period")]
    [InlineData(
        """[Indicator("lone")] public sealed partial class Lone { public static int WarmupBars() => 1; }""",
        "Lone",
        "IndicatorMissingInterface @ Lone")]
    [InlineData(
        """[Indicator("hot")] public sealed partial class Hot : Base { public int WarmupBars() => 1; }""",
        "Hot",
        "WarmupShape @ WarmupBars")]
    public void Reports_one_problem_at_the_offending_text(string declaration, string type, string expected)
    {
        var reading = IndicatorDeclarationReader.Read(Type(Compile(declaration), type), default);

        Assert.Null(reading.Model);
        Assert.Equal([expected], Describe(reading.Problems));
    }

    [Fact]
    public void Reports_every_problem_of_a_declaration_at_once()
    {
        var compilation = Compile("""[Indicator("X y")] public class Many { public Many(string name) { } }""");

        var reading = IndicatorDeclarationReader.Read(Type(compilation, "Many"), default);

        Assert.Equal(
            [
                "IndicatorMissingInterface @ Many",
                "IndicatorNotPartial @ Many",
                "IndicatorInvalidName @ \"X y\"",
                "IndicatorUnsupportedParameter @ name",
            ],
            Describe(reading.Problems));
        Assert.Equal("many", reading.Problems.Single(p => p.Kind == DeclarationProblemKind.IndicatorInvalidName).Suggestion);
    }

    [Fact]
    public void Reads_an_indicator_compiled_into_a_referenced_assembly_with_its_generated_api()
    {
        var library = CompileLibrary(withGenerator: true);
        var consumer = TestCompilation.Create("class Consumer { }").AddReferences(library);

        var reading = IndicatorDeclarationReader.Read(Type(consumer, "Library.Sma"), default);

        Assert.Empty(reading.Problems);
        Assert.Equal("sma", reading.Model!.Name);
        Assert.Equal(1, reading.Model.Parameters[0].Min);
    }

    [Fact]
    public void Refuses_an_indicator_from_an_assembly_built_without_the_generator()
    {
        var library = CompileLibrary(withGenerator: false);
        var consumer = TestCompilation.Create("class Consumer { }").AddReferences(library);

        var reading = IndicatorDeclarationReader.Read(Type(consumer, "Library.Sma"), default);

        Assert.Null(reading.Model);
        Assert.Equal(["IndicatorNotGenerated @ (no source)"], Describe(reading.Problems));
    }

    [Fact]
    public void A_strategy_uses_an_indicator_from_a_referenced_assembly()
    {
        var library = CompileLibrary(withGenerator: true);
        var consumer = TestCompilation.Create("""
            using Provisioning.Indicators;
            using Provisioning.Strategies;
            [Bars("1m", Base = true)]
            [UsesIndicator<Library.Sma>("5m", 20)]
            public sealed partial class Consumer : Provisioning.Strategies.Strategy { }
            """).AddReferences(library);

        var run = GeneratorRun.Start(consumer);

        Assert.Contains("global::Library.Sma.Spec(period: 20)", run.Sources["Consumer.Strategy.g.cs"], System.StringComparison.Ordinal);
        Assert.Empty(run.ErrorsAndGeneratedWarnings.Select(d => d.ToString()));
    }

    private static MetadataReference CompileLibrary(bool withGenerator)
    {
        var compilation = TestCompilation.Create("""
            using Provisioning.Indicators;
            using Provisioning.Strategies;
            namespace Library
            {
                /// <summary>An average.</summary>
                [Indicator("sma")]
                public sealed partial class Sma : Provisioning.Indicators.IIndicator
                {
                    /// <summary>Creates it.</summary>
                    public Sma([Parameter(Min = 1)] int period) { }
                    /// <summary>Warm-up.</summary>
                    public static int WarmupBars(int period) => period;
                    /// <inheritdoc />
                    public bool IsReady => true;
                    /// <inheritdoc />
                    public double Value => 0;
                    /// <inheritdoc />
                    public void Update(in Provisioning.Data.Bar bar) { }
                    /// <inheritdoc />
                    public void Reset() { }
                }
            }
            """);
        var output = withGenerator ? GeneratorRun.Start(compilation).Output : compilation;
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("; ", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
