using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;

namespace Provisioning.Core.Tests.Indicators;

/// <summary>One configured built-in: how to make it, its declared warm-up, and every output it exposes.</summary>
internal sealed record BuiltInCase(string Name, Func<IIndicator> Create, int WarmupBars, Func<IIndicator, double[]> Outputs);

/// <summary>Every built-in in a few configurations, including the degenerate period 1 ones.</summary>
internal static class BuiltInCatalog
{
    public static readonly IReadOnlyList<BuiltInCase> Cases =
    [
        new("sma(1)", () => new Sma(1), Sma.WarmupBars(1), i => [i.Value]),
        new("sma(5)", () => new Sma(5), Sma.WarmupBars(5), i => [i.Value]),
        new("ema(1)", () => new Ema(1), Ema.WarmupBars(1), i => [i.Value]),
        new("ema(7)", () => new Ema(7), Ema.WarmupBars(7), i => [i.Value]),
        new("wma(4)", () => new Wma(4), Wma.WarmupBars(4), i => [i.Value]),
        new("rsi(1)", () => new Rsi(1), Rsi.WarmupBars(1), i => [i.Value]),
        new("rsi(6)", () => new Rsi(6), Rsi.WarmupBars(6), i => [i.Value]),
        new("macd(2,3,2)", () => new Macd(2, 3, 2), Macd.WarmupBars(3, 2), Macd3),
        new("macd(4,9,3)", () => new Macd(4, 9, 3), Macd.WarmupBars(9, 3), Macd3),
        new("bollinger(1,2)", () => new BollingerBands(1, 2), BollingerBands.WarmupBars(1), Bands),
        new("bollinger(6,2)", () => new BollingerBands(6, 2), BollingerBands.WarmupBars(6), Bands),
        new("atr(1)", () => new Atr(1), Atr.WarmupBars(1), i => [i.Value]),
        new("atr(5)", () => new Atr(5), Atr.WarmupBars(5), i => [i.Value]),
        new("vwap", () => new Vwap(), Vwap.WarmupBars(), i => [i.Value]),
        new("stochastic(1,1)", () => new Stochastic(1, 1), Stochastic.WarmupBars(1, 1), KAndD),
        new("stochastic(5,3)", () => new Stochastic(5, 3), Stochastic.WarmupBars(5, 3), KAndD),
        new("obv", () => new Obv(), Obv.WarmupBars(), i => [i.Value]),
    ];

    public static IEnumerable<object[]> Names => Cases.Select(c => new object[] { c.Name });

    public static BuiltInCase Get(string name) => Cases.Single(c => c.Name == name);

    private static double[] Macd3(IIndicator indicator)
    {
        var macd = (Macd)indicator;
        return [macd.Value, macd.Signal, macd.Histogram];
    }

    private static double[] Bands(IIndicator indicator)
    {
        var bands = (BollingerBands)indicator;
        return [bands.Value, bands.Upper, bands.Lower, bands.StandardDeviation];
    }

    private static double[] KAndD(IIndicator indicator)
    {
        var stochastic = (Stochastic)indicator;
        return [stochastic.Value, stochastic.D];
    }
}
