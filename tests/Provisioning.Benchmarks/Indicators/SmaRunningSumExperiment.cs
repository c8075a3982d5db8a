using System;
using BenchmarkDotNet.Attributes;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;

namespace Provisioning.Benchmarks.Indicators;

/// <summary>
/// Figure 4, what would close the SMA goal: the built-in <see cref="Sma"/> against <see cref="SingleStoreSma"/> (the same
/// algorithm writing its running sum once per bar), through the same loop as <see cref="IndicatorUpdateBenchmarks"/>.
/// The set-up checks that both give the same averages. One operation is one bar.
/// </summary>
[Config(typeof(PerBarConfig))]
public class SmaRunningSumExperiment
{
    private const int Bars = 10_000;

    private Bar[] _bars = [];
    private IIndicator _builtIn = null!;
    private IIndicator _singleStore = null!;

    /// <summary>Warms both on the first 1,000 bars and compares their values.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _bars = BenchmarkData.MinuteBarsOf2024()[..(1_000 + Bars)];
        _builtIn = new Sma(20);
        _singleStore = new SingleStoreSma(20);
        for (var i = 0; i < 1_000; i++)
        {
            _builtIn.Update(in _bars[i]);
            _singleStore.Update(in _bars[i]);
            if (i >= 19 && Math.Abs(_builtIn.Value - _singleStore.Value) > 1e-9 * _builtIn.Value)
            {
                throw new InvalidOperationException($"Bar {i}: SMA {_builtIn.Value}, single-store SMA {_singleStore.Value}.");
            }
        }
    }

    /// <summary>The built-in SMA(20).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Bars)]
    public double BuiltIn() => Feed(_builtIn);

    /// <summary>The single-store SMA(20).</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public double SingleStore() => Feed(_singleStore);

    private double Feed(IIndicator indicator)
    {
        var bars = _bars;
        var sum = 0.0;
        for (var i = 1_000; i < bars.Length; i++)
        {
            indicator.Update(in bars[i]);
            sum += indicator.Value;
        }

        return sum;
    }
}
