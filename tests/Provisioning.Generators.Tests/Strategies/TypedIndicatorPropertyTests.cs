using System.Linq;
using Microsoft.CodeAnalysis;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Strategies;

/// <summary>
/// A strategy reads each indicator it declares through a generated, typed property named after the declaration: code
/// using it compiles against the real Core with no error or warning, and a name that was not declared does not.
/// </summary>
public sealed class TypedIndicatorPropertyTests
{
    private const string Strategy = """
        using Provisioning.Data;
        using Provisioning.Indicators.BuiltIn;
        using Provisioning.Intervals;
        using Provisioning.Strategies;

        namespace Desk;

        /// <summary>Reads its indicators by their typed properties.</summary>
        [Bars("1m", Base = true)]
        [UsesIndicator<Sma>("5m", 20)]
        [UsesIndicator<BollingerBands>("5m", 20, 2.5)]
        public sealed partial class Reader : Strategy
        {
            /// <summary>The last values read.</summary>
            public double Last { get; private set; }

            /// <inheritdoc />
            public override void OnBar(string symbol, Interval interval, Bar bar)
            {
                Sma sma = Sma_20_5m[symbol];
                BollingerBands bands = BollingerBands_20_2p5_5m[symbol];
                if (sma.IsReady && Sma_20_5m.TryGet(symbol, out var same) && BollingerBands_20_2p5_5m.Spec.Interval == Interval.Minutes(5))
                {
                    Last = sma.Value + same.Value + bands.Value;
                }
            }
        }
        """;

    [Fact]
    public void Strategy_code_reading_the_generated_properties_compiles_with_no_error_or_warning()
    {
        var run = GeneratorRun.Start(TestCompilation.Create(Strategy));

        Assert.Empty(run.Problems.Select(d => d.ToString()));
        var generated = run.Sources.Single(s => s.Key.EndsWith("Reader.Strategy.g.cs", System.StringComparison.Ordinal)).Value;
        Assert.Contains("IndicatorHandle<global::Provisioning.Indicators.BuiltIn.Sma> Sma_20_5m", generated, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_for_an_indicator_the_strategy_did_not_declare_does_not_exist()
    {
        // The 15m SMA is not declared: its property must not be there, so reading it is a compile error.
        var source = Strategy.Replace("Sma sma = Sma_20_5m[symbol];", "Sma sma = Sma_20_15m[symbol];", System.StringComparison.Ordinal);

        var run = GeneratorRun.Start(TestCompilation.Create(source));

        Assert.Contains(run.Output.GetDiagnostics(), d => d.Id == "CS0103" && d.GetMessage().Contains("Sma_20_15m", System.StringComparison.Ordinal));
        Assert.Contains(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }
}
