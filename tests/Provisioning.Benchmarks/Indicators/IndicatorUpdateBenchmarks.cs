using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;

namespace Provisioning.Benchmarks.Indicators;

/// <summary>
/// Figure 4: the cost of one bar for every built-in indicator, updated through <see cref="IIndicator"/> (as its
/// aggregator calls it, session starts included) and its value read, against recomputing the value over the window
/// at every bar (<see cref="NaiveRecomputation"/>). One operation is one bar; the indicator is warm (steady state).
/// </summary>
[Config(typeof(PerBarConfig))]
public class IndicatorUpdateBenchmarks
{
    private const int First = 1_000;
    private const int Bars = 10_000;

    private Bar[] _bars = [];
    private bool[] _startsSession = [];
    private TradingSession[] _sessionOf = [];
    private IIndicator _indicator = null!;
    private NaiveRecomputation _naive = null!;

    /// <summary>The indicator and its parameters.</summary>
    [Params("sma(20)", "ema(20)", "wma(20)", "rsi(14)", "atr(14)", "bollinger(20,2)", "macd(12,26,9)", "stochastic(14,3)", "obv", "vwap")]
    public string Indicator { get; set; } = "sma(20)";

    /// <summary>Warms the indicator on the first bars and checks the windowed recomputations against it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var all = BenchmarkData.MinuteBarsOf2024();
        _bars = all[..(First + Bars)];
        var sessionStart = new int[_bars.Length];
        _startsSession = new bool[_bars.Length];
        _sessionOf = new TradingSession[_bars.Length];
        for (var i = 0; i < _bars.Length; i++)
        {
            BenchmarkData.Calendar.TrySessionContaining(_bars[i].Start, out _sessionOf[i]);
            _startsSession[i] = i == 0 || _sessionOf[i].Date != _sessionOf[i - 1].Date;
            sessionStart[i] = _startsSession[i] ? i : sessionStart[i - 1];
        }

        _naive = NaiveRecomputation.For(Indicator, sessionStart);
        _indicator = Create(Indicator);
        Feed(_indicator, 0, First);
        CheckWindowedRecomputation();
    }

    /// <summary>The baseline: the value recomputed over the window at every bar.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Bars)]
    public double Recompute()
    {
        var sum = 0.0;
        for (var i = First; i < First + Bars; i++)
        {
            sum += _naive.ValueAt(_bars, i);
        }

        return sum;
    }

    /// <summary>The built-in indicator: one O(1) update per bar.</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public double Update() => Feed(_indicator, First, First + Bars);

    private double Feed(IIndicator indicator, int from, int to)
    {
        var bars = _bars;
        var starts = _startsSession;
        var sum = 0.0;
        for (var i = from; i < to; i++)
        {
            if (starts[i])
            {
                indicator.OnSessionStart(in _sessionOf[i]);
            }

            indicator.Update(in bars[i]);
            sum += indicator.Value;
        }

        return sum;
    }

    private static IIndicator Create(string indicator) => indicator switch
    {
        "sma(20)" => new Sma(20),
        "ema(20)" => new Ema(20),
        "wma(20)" => new Wma(20),
        "rsi(14)" => new Rsi(14),
        "atr(14)" => new Atr(14),
        "bollinger(20,2)" => new BollingerBands(20, 2),
        "macd(12,26,9)" => new Macd(12, 26, 9),
        "stochastic(14,3)" => new Stochastic(14, 3),
        "obv" => new Obv(),
        "vwap" => new Vwap(),
        _ => throw new ArgumentException("Unknown indicator " + indicator, nameof(indicator)),
    };

    // The windowed baselines must do the indicator's job: same value as a fresh indicator fed every bar.
    private void CheckWindowedRecomputation()
    {
        var fresh = Create(Indicator);
        var last = _bars.Length - 1;
        Feed(fresh, 0, _bars.Length);
        var streaming = fresh switch
        {
            BollingerBands bands => bands.Upper,
            Stochastic stochastic => stochastic.D,
            Sma or Wma or Vwap => fresh.Value,
            _ => double.NaN,
        };

        if (double.IsNaN(streaming))
        {
            return;
        }

        var naive = _naive.ValueAt(_bars, last);
        if (Math.Abs(naive - streaming) > 1e-9 * Math.Max(1, Math.Abs(streaming)))
        {
            throw new InvalidOperationException($"{Indicator}: the recomputation ({_naive.Description}) gives {naive}, the indicator {streaming}.");
        }
    }
}
