using System;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

/// <summary>
/// Pins the outputs of the four windowed indicators to the bit. The expected fingerprints are not a source of
/// correctness (the recomputations in <see cref="NaiveWindowCrossCheckTests"/> are): they are what main produced at
/// 1f1f938, before the indicators shared one rolling window, and they hold the promise that the refactor (and any later
/// one) changes no output by even one rounding. A change here that is meant must say why in its commit and update the
/// fingerprint deliberately.
/// </summary>
public class WindowedIndicatorOutputPinTests
{
    private static readonly Bar[] Walk = RandomWalk(4_000, seed: 7_919);

    [Theory]
    [InlineData("sma(20)", 2990001172996451532UL)]
    [InlineData("sma(1)", 10890100480269477065UL)]
    [InlineData("wma(20)", 1355788987807119699UL)]
    [InlineData("wma(7)", 1103316761193466134UL)]
    [InlineData("bollinger(20,2)", 5912508306957549407UL)]
    [InlineData("bollinger(7,1.5)", 8663877094962603976UL)]
    [InlineData("stochastic(14,3)", 6301339618489038052UL)]
    [InlineData("stochastic(5,1)", 2060451917989055589UL)]
    public void Outputs_are_the_bits_main_produced_before_the_shared_window(string indicator, ulong expected)
    {
        Assert.Equal(expected, Fingerprint(indicator));
    }

    // Every output after every bar, with a reset at a bar that is a multiple of no period (as at a session start).
    private static ulong Fingerprint(string indicator)
    {
        var (instance, outputs) = Create(indicator);
        var hash = 14695981039346656037UL;
        for (var i = 0; i < Walk.Length; i++)
        {
            if (i == 1_501)
            {
                instance.Reset();
            }

            instance.Update(Walk[i]);
            foreach (var output in outputs())
            {
                // FNV-1a over the 64 bits of each output, a byte at a time.
                var bits = (ulong)BitConverter.DoubleToInt64Bits(output);
                for (var b = 0; b < 8; b++)
                {
                    hash = (hash ^ ((bits >> (8 * b)) & 0xFF)) * 1099511628211UL;
                }
            }
        }

        return hash;
    }

    private static (IIndicator Indicator, Func<double[]> Outputs) Create(string indicator) => indicator switch
    {
        "sma(20)" => Single(new Sma(20)),
        "sma(1)" => Single(new Sma(1)),
        "wma(20)" => Single(new Wma(20)),
        "wma(7)" => Single(new Wma(7)),
        "bollinger(20,2)" => Bands(new BollingerBands(20, 2)),
        "bollinger(7,1.5)" => Bands(new BollingerBands(7, 1.5)),
        "stochastic(14,3)" => KAndD(new Stochastic(14, 3)),
        "stochastic(5,1)" => KAndD(new Stochastic(5, 1)),
        _ => throw new ArgumentException("Unknown indicator " + indicator, nameof(indicator)),
    };

    private static (IIndicator, Func<double[]>) Single(IIndicator indicator) => (indicator, () => [indicator.Value]);

    private static (IIndicator, Func<double[]>) Bands(BollingerBands bands) =>
        (bands, () => [bands.Value, bands.Upper, bands.Lower, bands.StandardDeviation]);

    private static (IIndicator, Func<double[]>) KAndD(Stochastic stochastic) => (stochastic, () => [stochastic.Value, stochastic.D]);
}
