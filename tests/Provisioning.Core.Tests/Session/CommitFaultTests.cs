using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// Every step of an addition succeeded but applying it to the symbol throws part-way (here a strategy author's
/// indicator that throws while it is warmed up): the symbol must be left exactly as it was.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class CommitFaultTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Tuesday = new(2024, 11, 26);

    [Fact]
    public async Task A_commit_that_throws_while_warming_an_indicator_leaves_an_existing_symbol_as_it_was()
    {
        var store = sample.OpenStore();
        var catalog = new IndicatorCatalog(IndicatorCatalog.Default.Descriptors.Append(ThrowingIndicator.Descriptor));
        var replay = new ReplaySession(store, ReplaySession.Config(["AAPL"], ["5m"], trailingDays: 1), Tuesday, catalog: catalog);
        var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        AdditionResult? failed = null;
        SymbolState? before = null;
        SymbolState? after = null;
        Bar[] fivesBefore = [];
        Bar[] fivesAfter = [];
        replay.Feed.Schedule(replay.At(11, 0), async ct =>
        {
            Assert.True(coordinator.Data.TryGetSymbol("AAPL", out var aapl));
            before = aapl.ToState();
            Assert.True(aapl.TryGetBars(Interval.Minutes(5), out var fives));
            fivesBefore = fives.ToArray();

            // 200 warm-up bars × 2 of 15m: weeks more history than the config's trailing day, a new 15m series, then the
            // indicator throws on its first bar.
            failed = await coordinator.AddIndicatorAsync("AAPL", "throwing", [], "15m", ProvisionSource.Strategy, ct);
            after = aapl.ToState();
            fivesAfter = fives.ToArray();
        });

        await Task.WhenAll(replay.Feed.RunAsync(), coordinator.RunAsync());

        Assert.Equal(AdditionStatus.Failed, failed!.Status);
        Assert.Contains("warm-up failed on purpose", failed.Reason, StringComparison.Ordinal);
        Assert.Contains(failed.Plan.Steps, s => s is LoadHistorical);
        Assert.Equal(Shape(before!), Shape(after!));
        Assert.DoesNotContain(after!.Intervals, i => i.Interval == Interval.Minutes(15));
        Assert.Equal(fivesBefore, fivesAfter[..fivesBefore.Length]);

        // The symbol went on streaming as before: Monday and all of Tuesday, 390 one-minute bars each.
        Assert.True(coordinator.Data.TryGetSymbol("AAPL", out var done));
        Assert.True(done.TryGetBars(Interval.Minutes(1), out var minutes));
        Assert.Equal(390 + 390, minutes.Count);
        Assert.True(done.TryGetBars(Interval.Minutes(5), out var fivesAtClose));
        Assert.Equal(78 + 78, fivesAtClose.Count);
    }

    // The end of each series is left out: live bars keep arriving while the addition runs.
    private static object Shape(SymbolState state) => new
    {
        state.AddedBy,
        state.MeetsSessionConfigRequirements,
        state.AutoProvisioned,
        state.UpgradedFromAdhoc,
        Keys = string.Join(",", state.IndicatorKeys),
        Intervals = string.Join(",", state.Intervals.Select(i => $"{i.Interval}<{i.BuiltFrom}>{i.IsStreaming}@{i.Loaded?.FromUtc:O}")),
    };

    private sealed class ThrowingIndicator : IIndicator
    {
        public static readonly IndicatorDescriptor Descriptor = new(
            "throwing",
            typeof(ThrowingIndicator),
            PriceInput.Close,
            [],
            _ => 200,
            _ => new ThrowingIndicator());

        public bool IsReady => false;

        public double Value => double.NaN;

        public void Update(in Bar bar) => throw new InvalidOperationException("warm-up failed on purpose");

        public void Reset()
        {
        }
    }
}
