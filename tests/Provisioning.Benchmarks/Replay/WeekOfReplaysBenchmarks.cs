using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Provisioning.Benchmarks.Data;
using Provisioning.Benchmarks.Infrastructure;
using Provisioning.TestSupport;

namespace Provisioning.Benchmarks.Replay;

/// <summary>
/// Figure 10: a week of replays (2024-12-02 to 2024-12-06, five sessions; one in the smoke run) of figure 8's config
/// (30 symbols streaming 1m with 5m and 15m derived, SMA(20)@5m, RSI(14)@15m and EMA(50)@15m on each) through the
/// <c>provision</c> CLI: <c>provision run --dates … --parallel N</c> with 1 (the baseline), 2 and 4 worker processes,
/// and without <c>--parallel</c> (every session in the CLI's own process). One operation is one CLI run; each checks
/// that the report has every session ok.
/// </summary>
[Config(typeof(RatioConfig))]
[InvocationCount(1, 1)] // One run of the CLI is seconds long.
public class WeekOfReplaysBenchmarks
{
    private static readonly DateOnly Monday = new(2024, 12, 2);

    private TemporaryBarStore? _store;
    private string _configPath = string.Empty;
    private string _cli = string.Empty;
    private string _dates = string.Empty;
    private int _sessions;

    /// <summary>Symbols replayed (fewer in the CI smoke run).</summary>
    public static int Symbols => SmokeMode.IsOn ? 2 : 30;

    /// <summary>Writes the bars from 2024-11-01 (the warm-ups' history) to the week's end and the config; checks one run.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _cli = Path.Combine(RepositoryLayout.Root, "src", "Provisioning.Cli", "bin", "Release", "net10.0", "provision.dll");
        if (!File.Exists(_cli))
        {
            throw new InvalidOperationException("The provision CLI is not built at " + _cli + "; build the solution in Release first.");
        }

        var last = SmokeMode.IsOn ? Monday : Monday.AddDays(4);
        _sessions = BenchmarkData.Calendar.SessionsInRange(Monday, last).Count();
        _dates = $"{Monday:yyyy-MM-dd}..{last:yyyy-MM-dd}";
        var symbols = BenchmarkData.SymbolNames(Symbols);
        _store = await TemporaryBarStore.CreateAsync(BenchmarkData.Minutes(symbols, new DateOnly(2024, 11, 1), last));
        _configPath = Path.Combine(_store.Root, "session.json");
        await File.WriteAllTextAsync(_configPath, ReplayThroughputBenchmarks.Config(symbols));
        await InProcess();
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    /// <summary>The baseline: one worker process, the sessions one after another.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> OneWorker() => RunAsync(1);

    /// <summary>Two worker processes at once.</summary>
    [Benchmark]
    public Task<int> TwoWorkers() => RunAsync(2);

    /// <summary>Four worker processes at once (on a two-core machine, two more than its cores).</summary>
    [Benchmark]
    public Task<int> FourWorkers() => RunAsync(4);

    /// <summary>No workers: the sessions one after another in the CLI's process, sharing its store and JIT-compiled code.</summary>
    [Benchmark]
    public Task<int> InProcess() => RunAsync(null);

    private async Task<int> RunAsync(int? workers)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", _cli, "run", "--config", _configPath, "--dates", _dates, "--json" })
        {
            start.ArgumentList.Add(argument);
        }

        if (workers is { } n)
        {
            start.ArgumentList.Add("--parallel");
            start.ArgumentList.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var report = JsonDocument.Parse(await output);
        var ok = report.RootElement.GetProperty("summary").GetProperty("sessionsOk").GetInt32();
        return process.ExitCode == 0 && ok == _sessions
            ? ok
            : throw new InvalidOperationException($"provision run --dates {_dates} (workers: {workers}) exited {process.ExitCode} with {ok} of {_sessions} sessions ok: {await error}");
    }
}
