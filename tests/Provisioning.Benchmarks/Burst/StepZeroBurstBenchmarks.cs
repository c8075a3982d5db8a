using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.Calendar;
using Provisioning.Config;
using Provisioning.Data.Store;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;
using Provisioning.Planning.Validation;

namespace Provisioning.Benchmarks.Burst;

/// <summary>
/// Step 0 of figure 2's burst alone, one thread: the 1,500 validations (500 symbols × SMA(20)@5m, RSI(14)@15m,
/// EMA(50)@1h; 20 symbols in the smoke run) the burst's additions make, over the same files, each symbol's three in a
/// row. <see cref="NewStore"/> starts from a new store and validator per run, as every burst does (each symbol's footer
/// is read once); <see cref="SameStore"/> keeps one store and validator across runs (what Step 0 costs once the store
/// has seen the symbols).
/// </summary>
[Config(typeof(RatioConfig))]
[MemoryDiagnoser]
[InvocationCount(1, 1)]
public class StepZeroBurstBenchmarks
{
    private static readonly DateOnly BurstDay = new(2024, 12, 3);
    private static readonly (string Name, IndicatorParameter[] Parameters, string Interval)[] PerSymbol =
    [
        ("sma", [new("period", 20)], "5m"),
        ("rsi", [new("period", 14)], "15m"),
        ("ema", [new("period", 50)], "1h"),
    ];

    private TemporaryBarStore? _files;
    private ProvisioningRequirements[] _requirements = [];
    private StepZero _validator = null!;
    private StepZero _kept = null!;

    /// <summary>Symbols validated.</summary>
    public static int Symbols => SmokeMode.IsOn ? 20 : 500;

    /// <summary>Writes the files (the burst's) and analyses the 1,500 additions once.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        var calendar = BenchmarkData.Calendar;
        calendar.TryGetSession(BurstDay, out var session);
        var burstAt = session.OpenUtc.AddMinutes(90);
        var symbols = BenchmarkData.SymbolNames(Symbols);
        var config = new SessionConfig
        {
            Exchange = "XNYS",
            Symbols = [.. symbols.Take(1)],
            Streams = ["1m"],
            Historical = new HistoricalConfig { Enabled = true, TrailingDays = 1 },
            WarmupMultiplier = 2.0,
        }.Resolve();
        var analyzer = new RequirementAnalyzer(config, new HistoryEstimator(calendar));
        var requirements = new List<ProvisioningRequirements>(symbols.Count * PerSymbol.Length);
        foreach (var symbol in symbols)
        {
            foreach (var (name, parameters, interval) in PerSymbol)
            {
                var spec = IndicatorCatalog.Default.ResolveSpec(name, parameters, interval).Value!;
                requirements.Add(analyzer.Analyze(new IndicatorRequest(symbol, spec, ProvisionSource.Scanner), SessionStateSnapshot.Empty, burstAt));
            }
        }

        _requirements = [.. requirements];
        var firstDay = calendar.ExchangeDate(_requirements.Min(r => r.HistoryLoads.Min(l => l.StartUtc)));
        _files = await TemporaryBarStore.CreateAsync(BenchmarkData.Minutes(symbols, firstDay, BurstDay));
        _kept = new StepZero(_files.OpenStore(withCalendar: true), calendar, _ => true);
        NewValidator();
        if (await ValidateAllAsync(_validator) != _requirements.Length)
        {
            Cleanup();
            throw new InvalidOperationException("Not every addition passed Step 0.");
        }
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => _files?.Dispose();

    /// <summary>A new store and validator, as a new session has.</summary>
    [IterationSetup(Target = nameof(NewStore))]
    public void NewValidator() => _validator = new StepZero(_files!.OpenStore(withCalendar: true), BenchmarkData.Calendar, _ => true);

    /// <summary>The 1,500 validations from a new store.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> NewStore() => ValidateAllAsync(_validator);

    /// <summary>The 1,500 validations with the store of the previous runs.</summary>
    [Benchmark]
    public Task<int> SameStore() => ValidateAllAsync(_kept);

    private async Task<int> ValidateAllAsync(StepZero validator)
    {
        var passed = 0;
        foreach (var requirements in _requirements)
        {
            var validated = await validator.ValidateAsync(requirements);
            passed += validated.CanProceed && validated.HistoricalAvailable ? 1 : 0;
        }

        return passed;
    }
}
