using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data.Store;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>The store fails for one symbol: that addition is undone and reported; the rest of the session is untouched.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class FaultTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task A_load_that_fails_before_the_open_skips_that_symbol_and_the_others_load_and_stream()
    {
        var store = new FaultyStore(sample.OpenStore(), "MSFT");
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL", "MSFT"], ["5m"], trailingDays: 1), Tuesday);

        var report = await replay.Coordinator.StartAsync();
        await replay.RunAsync();

        var failed = Assert.Single(report.NotSucceeded);
        Assert.Equal(AdditionStatus.Failed, failed.Status);
        Assert.Contains("load ", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("could not be decoded", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("symbol=MSFT", failed.Reason, StringComparison.Ordinal);
        Assert.IsType<LoadHistorical>(failed.FailedStep!.Step);
        Assert.All(failed.Steps.TakeWhile(s => s.Status != StepStatus.Failed), s => Assert.Equal(StepStatus.Compensated, s.Status));
        Assert.All(failed.Steps.SkipWhile(s => s.Status != StepStatus.Failed).Skip(1), s => Assert.Equal(StepStatus.Skipped, s.Status));

        Assert.False(replay.Coordinator.Data.TryGetSymbol("MSFT", out _));
        Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
        Assert.True(aapl.TryGetBars(Interval.Minutes(1), out var minutes));
        Assert.Equal(390 + 390, minutes.Count);
        Assert.Equal(0, replay.Coordinator.Data.UnroutedBars);
    }

    [Fact]
    public async Task A_load_that_fails_mid_session_leaves_the_symbol_as_it_was()
    {
        var store = new FaultyStore(sample.OpenStore(), "AAPL") { Failing = false };
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL", "MSFT"], ["5m"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();
        AdditionResult? failed = null;
        SymbolState? before = null;
        SymbolState? after = null;
        replay.Feed.Schedule(replay.At(11, 0), async ct =>
        {
            Assert.True(replay.Coordinator.Data.TryGetSymbol("AAPL", out var aapl));
            before = aapl.ToState();
            store.Failing = true;

            // EMA(50) on 1h needs 100 hourly bars: weeks of history the session does not hold, so the load runs and fails.
            failed = await replay.Coordinator.AddIndicatorAsync("AAPL", "ema", [new("period", 50)], "1h", ProvisionSource.Strategy, ct);
            after = aapl.ToState();
            store.Failing = false;
        });

        await replay.RunAsync();

        Assert.Equal(AdditionStatus.Failed, failed!.Status);
        Assert.IsType<LoadHistorical>(failed.FailedStep!.Step);
        // Live bars keep arriving while the addition runs, so the held range may grow at its end; everything else is as before.
        Assert.Equal(Shape(before!), Shape(after!));
        Assert.DoesNotContain(after!.Intervals, i => i.Interval == Interval.Hours(1));
        Assert.True(replay.Coordinator.Data.TryGetSymbol("MSFT", out var msft));
        Assert.True(msft.TryGetBars(Interval.Minutes(1), out var msftMinutes));
        Assert.Equal(780, msftMinutes.Count);

        // The session kept running: the same addition succeeds once the store is healthy again.
        var retried = await replay.Coordinator.AddIndicatorAsync("AAPL", "ema", [new("period", 50)], "1h", ProvisionSource.Strategy);
        Assert.Equal(AdditionStatus.Succeeded, retried.Status);
    }

    [Fact]
    public async Task A_truncated_file_is_refused_by_step_0_naming_the_file_and_nothing_changes()
    {
        using var copy = new TempDirectory();
        CopyDirectory(sample.Root, copy.Path);
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = copy.Path }, Provisioning.Calendar.ExchangeCalendars.Xnys);
        var file = store.FilePath("NVDA", Interval.Minutes(1), 2024);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"], trailingDays: 1), Tuesday);
        await replay.Coordinator.StartAsync();

        var result = await replay.Coordinator.AddSymbolAsync("NVDA", ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.Rejected, result.Status);
        Assert.Contains("year=2024.parquet", result.Reason, StringComparison.Ordinal);
        Assert.False(replay.Coordinator.Data.TryGetSymbol("NVDA", out _));
        Assert.Equal(["AAPL"], replay.Coordinator.Data.Symbols.Select(s => s.Symbol));
    }

    private static object Shape(SymbolState state) => new
    {
        state.AddedBy,
        state.MeetsSessionConfigRequirements,
        state.AutoProvisioned,
        state.UpgradedFromAdhoc,
        Keys = string.Join(",", state.IndicatorKeys),
        Intervals = string.Join(",", state.Intervals.Select(i => $"{i.Interval}<{i.BuiltFrom}>{i.IsStreaming}@{i.Loaded?.FromUtc:O}")),
    };

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        foreach (var path in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(path, path.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
