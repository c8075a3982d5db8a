using System;
using BenchmarkDotNet.Attributes;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;
using Provisioning.Indicators.__Internals;

namespace Provisioning.Benchmarks.Registry;

/// <summary>
/// Figure 5b: creating indicators from a name and named parameter values, as a session config asks for them, through the
/// generated <see cref="IndicatorCatalog.Default"/> against the limit, the constructors called directly (the baseline),
/// and against <see cref="ReflectionIndicatorFactory"/>. Three indicators in turn (one, two and three parameters); one
/// operation is one creation, the indicator's own allocation included.
/// </summary>
[Config(typeof(RatioConfig))]
[MemoryDiagnoser]
public class IndicatorCreationBenchmarks
{
    private readonly (string Name, IndicatorParameter[] Values)[] _requests =
    [
        ("sma", [new("period", 20)]),
        ("bollinger", [new("period", 20), new("deviations", 2)]),
        ("macd", [new("fastPeriod", 12), new("slowPeriod", 26), new("signalPeriod", 9)]),
    ];

    private readonly IIndicator[] _created = new IIndicator[3];
    private ReflectionIndicatorFactory _reflection = null!;

    /// <summary>Finds the indicators by reflection and checks that both ways create the same ones.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _reflection = new ReflectionIndicatorFactory(typeof(Sma).Assembly);
        foreach (var (name, values) in _requests)
        {
            var generated = IndicatorCatalog.Default.Create(name, values);
            var reflected = _reflection.Create(name, values);
            if (!generated.Success || reflected is null || generated.Value.GetType() != reflected.GetType())
            {
                throw new InvalidOperationException($"{name}: the catalog gave {generated}, reflection {reflected}.");
            }
        }
    }

    /// <summary>Reflection: Activator.CreateInstance with the values mapped by name.</summary>
    [Benchmark(OperationsPerInvoke = 3)]
    public int Reflection()
    {
        var created = 0;
        foreach (var (name, values) in _requests)
        {
            created += _reflection.Create(name, values) is null ? 0 : 1;
        }

        return created;
    }

    /// <summary>The baseline, the limit: the three constructors called directly with the same values (no name, no checks).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 3)]
    public int Constructors()
    {
        // Kept in a field so that the JIT cannot prove the indicators unused and drop or stack-allocate them.
        _created[0] = new Sma(20);
        _created[1] = new BollingerBands(20, 2);
        _created[2] = new Macd(12, 26, 9);
        return _created.Length;
    }

    /// <summary>The generated registry.</summary>
    [Benchmark(OperationsPerInvoke = 3)]
    public int Generated()
    {
        var created = 0;
        foreach (var (name, values) in _requests)
        {
            created += IndicatorCatalog.Default.Create(name, values).Success ? 1 : 0;
        }

        return created;
    }
}
