using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Clock;
using Provisioning.Config;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Data.Feeds;
using Provisioning.Indicators;
using Provisioning.Requirements;
using Provisioning.Session;
using Provisioning.Benchmarks.Data;
using Provisioning.Calendar;
using Provisioning.Indicators.__Internals;
using Provisioning.Planning;
using Provisioning.State;
using Provisioning.Steps;

namespace Provisioning.Benchmarks.Burst;

/// <summary>
/// A session of the burst benchmarks: started at <paramref name="burstAt"/> over a store with its config symbols
/// loaded and its delivery loop running; then every burst symbol's additions at once, each checked to succeed and be
/// ready.
/// </summary>
internal sealed class BurstSession(ResolvedSessionConfig config, TradingSession session, DateTime burstAt)
{
    /// <summary>The day of the burst, a Tuesday.</summary>
    public static readonly DateOnly BurstDay = new(2024, 12, 3);

    /// <summary>Each burst symbol's additions: SMA(20)@5m, RSI(14)@15m, EMA(50)@1h.</summary>
    public static readonly (string Name, IndicatorParameter[] Parameters, string Interval)[] PerSymbol =
    [
        ("sma", [new("period", 20)], "5m"),
        ("rsi", [new("period", 14)], "15m"),
        ("ema", [new("period", 50)], "1h"),
    ];

    private SessionCoordinator _coordinator = null!;
    private CancellationTokenSource _stop = new();
    private Task _delivery = Task.CompletedTask;

    /// <summary>
    /// Starts a new session over <paramref name="store"/> (a new store: no cached footers); <paramref name="batchLimit"/>
    /// 1 runs each addition alone, as before additions of a symbol were planned together; <paramref name="observer"/>
    /// watches the additions (the phase driver's clock).
    /// </summary>
    public void Start(IHistoricalBarStore store, int? batchLimit = null, IProvisioningObserver? observer = null)
    {
        var clock = new ReplayClock(burstAt);
        var feed = new ReplayBarFeed(store, session, config.BaseIntervals, clock);
        _coordinator = new SessionCoordinator(config, BenchmarkDataCalendar, store, feed, clock, observer: observer);
        if (batchLimit is { } limit)
        {
            _coordinator.AdditionBatchLimit = limit;
        }

        var started = _coordinator.StartAsync().GetAwaiter().GetResult();
        if (started.NotSucceeded.Count > 0)
        {
            throw new InvalidOperationException("A config symbol did not load: " + started.NotSucceeded[0].Reason);
        }

        _stop = new CancellationTokenSource();
        _delivery = _coordinator.RunAsync(_stop.Token);
    }

    /// <summary>Stops the session's delivery loop.</summary>
    public void Stop()
    {
        _stop.Cancel();
        try
        {
            _delivery.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    /// <summary>Every addition at once; throws unless each one succeeded.</summary>
    public async Task<AdditionResult[]> AddAllAsync(IReadOnlyList<string> symbols, (string Name, IndicatorParameter[] Parameters, string Interval)[] perSymbol)
    {
        var additions = new List<Task<AdditionResult>>(symbols.Count * perSymbol.Length);
        foreach (var symbol in symbols)
        {
            foreach (var (name, parameters, interval) in perSymbol)
            {
                additions.Add(_coordinator.AddIndicatorAsync(symbol, name, parameters, interval, ProvisionSource.Scanner).AsTask());
            }
        }

        var results = await Task.WhenAll(additions);
        var failed = results.FirstOrDefault(r => !r.Succeeded);
        return failed is null ? results : throw new InvalidOperationException($"{failed.Requirements.Symbol}: {failed.Status}, {failed.Reason}");
    }

    /// <summary>The burst: every addition at once, then the number of indicators ready (throws unless all are).</summary>
    public async Task<int> BurstAsync(IReadOnlyList<string> symbols, (string Name, IndicatorParameter[] Parameters, string Interval)[] perSymbol)
    {
        var results = await AddAllAsync(symbols, perSymbol);
        var ready = 0;
        foreach (var result in results)
        {
            if (_coordinator.Data.TryGetSymbol(result.Requirements.Symbol, out var symbol)
                && symbol.TryGetIndicator(result.Requirements.IndicatorKey!, out var indicator)
                && indicator.Indicator.IsReady)
            {
                ready++;
            }
        }

        return ready == results.Length ? ready : throw new InvalidOperationException($"{ready} of {results.Length} indicators are ready.");
    }

    /// <summary>The value of <paramref name="symbol"/>'s indicator <paramref name="key"/> in the running session.</summary>
    public double IndicatorValue(string symbol, string key) =>
        _coordinator.Data.TryGetSymbol(symbol, out var data) && data.TryGetIndicator(key, out var indicator)
            ? indicator.Indicator.Value
            : throw new InvalidOperationException($"{symbol} has no indicator {key}.");

    /// <summary>The instant of the burst, 11:00 New York.</summary>
    public DateTime BurstAt => burstAt;

    /// <summary>
    /// A session streaming 1m for <paramref name="configSymbols"/> symbols, and the one-minute files of those and of
    /// <paramref name="burstSymbols"/> more, from the first session EMA(50)@1h's warm-up needs to the burst day.
    /// </summary>
    public static async Task<(BurstSession Session, TemporaryBarStore Files, IReadOnlyList<string> BurstSymbols)> CreateAsync(int configSymbols, int burstSymbols)
    {
        var calendar = BenchmarkDataCalendar;
        calendar.TryGetSession(BurstDay, out var day);
        var at = day.OpenUtc.AddMinutes(90);
        var symbols = BenchmarkData.SymbolNames(configSymbols + burstSymbols);
        var added = symbols.Skip(configSymbols).ToArray();
        var resolved = new SessionConfig
        {
            Exchange = "XNYS",
            Symbols = [.. symbols.Take(configSymbols)],
            Streams = ["1m"],
            Historical = new HistoricalConfig { Enabled = true, TrailingDays = 1 },
            WarmupMultiplier = 2.0,
        }.Resolve();
        if (!resolved.IsValid)
        {
            throw new InvalidOperationException(string.Join("; ", resolved.Errors));
        }

        // The files start at the first session EMA(50)@1h's warm-up needs (the longest of the three).
        var ema = IndicatorCatalog.Default.ResolveSpec("ema", PerSymbol[2].Parameters, PerSymbol[2].Interval).Value!;
        var estimator = new HistoryEstimator(calendar);
        var requirements = new RequirementAnalyzer(resolved, estimator)
            .Analyze(new IndicatorRequest(added[0], ema, ProvisionSource.Scanner), SessionStateSnapshot.Empty, at);
        var plan = new ProvisioningPlanner(estimator).Plan(requirements, SessionStateSnapshot.Empty);
        var firstDay = calendar.ExchangeDate(plan.Steps.OfType<LoadHistorical>().Min(s => s.FromUtc));
        var files = await TemporaryBarStore.CreateAsync(BenchmarkData.Minutes(symbols, firstDay, BurstDay));
        return (new BurstSession(resolved, day, at), files, added);
    }

    private static ITradingCalendar BenchmarkDataCalendar => BenchmarkData.Calendar;
}
