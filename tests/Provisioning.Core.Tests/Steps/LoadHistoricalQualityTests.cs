using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Data.Quality;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Steps;

/// <summary>
/// Step 3 measures the quality of each history load against the exchange calendar: the addition's result names the
/// gaps, the partial-history status comes from them, and the series keeps one report, replaced by its next load.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class LoadHistoricalQualityTests(SampleStoreFixture sample)
{
    // Tuesday's open: one day of 1m history is Monday 2024-11-25, a full XNYS session 09:30-16:00 EST
    // (14:30-21:00 UTC): 6.5 hours x 60 = 390 bars.
    private static readonly DateOnly Tuesday = new(2024, 11, 26);
    private static readonly DateOnly Monday = new(2024, 11, 25);
    private static readonly Interval Minute = Interval.Minutes(1);

    [Fact]
    public async Task A_hole_in_the_store_is_named_as_a_gap_on_the_result_and_kept_with_the_series()
    {
        // Monday 10:00-10:29 EST (15:00-15:29 UTC) missing: 30 bars, so 360 of 390.
        var holeFrom = Utc(2024, 11, 25, 15, 0);
        var holeTo = Utc(2024, 11, 25, 15, 30);
        var store = new ThinnedStore(sample.OpenStore(), bar => bar.Start < holeFrom || bar.Start >= holeTo);
        var replay = new ReplaySession(store, ReplaySession.Config([]), Tuesday);

        var added = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.SucceededWithPartialHistory, added.Status);
        var load = Assert.Single(added.History);
        Assert.Equal((360, 390), (load.BarsLoaded, load.BarsExpected));
        Assert.Equal(new BarGap(Monday, holeFrom, holeTo, 30), Assert.Single(load.Gaps));
        Assert.Contains("1 gap: 30 missing on 2024-11-25 (15:00Z..15:30Z)", added.Reason, StringComparison.Ordinal);

        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        var kept = nvda.QualityOf(Minute);
        Assert.NotNull(kept);
        Assert.Equal((390, 360, 1), (kept.ExpectedBars, kept.PresentBars, kept.Gaps.Count));
        var session = Assert.Single(kept.Sessions);
        Assert.Equal((Monday, 390, 360), (session.Date, session.ExpectedBars, session.PresentBars));
    }

    [Fact]
    public async Task A_whole_store_gives_a_load_without_gaps_and_a_full_report()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config([]), Tuesday);

        var added = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.Succeeded, added.Status);
        Assert.Empty(Assert.Single(added.History).Gaps);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.Equal((390, 390, 100.0), (nvda.QualityOf(Minute)!.ExpectedBars, nvda.QualityOf(Minute)!.PresentBars, nvda.QualityOf(Minute)!.QualityPercent));
    }

    [Fact]
    public async Task A_bar_moved_off_the_grid_keeps_the_count_but_the_quality_makes_it_partial()
    {
        // The 15:00 UTC bar is stored at 15:00:30: still 390 bars, but the calendar's 15:00 bar is missing and one is off grid.
        var moved = Utc(2024, 11, 25, 15, 0);
        var replay = new ReplaySession(new ShiftingStore(sample.OpenStore(), moved, TimeSpan.FromSeconds(30)), ReplaySession.Config([]), Tuesday);

        var added = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);

        Assert.Equal(AdditionStatus.SucceededWithPartialHistory, added.Status);
        var load = Assert.Single(added.History);
        Assert.Equal((390, 390), (load.BarsLoaded, load.BarsExpected));
        Assert.Equal(new BarGap(Monday, moved, moved.AddMinutes(1), 1), Assert.Single(load.Gaps));
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        Assert.Equal((389, 1), (nvda.QualityOf(Minute)!.PresentBars, nvda.QualityOf(Minute)!.OffGrid));
    }

    [Fact]
    public async Task The_series_keeps_one_report_replaced_by_its_next_load()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config([]), Tuesday);
        await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 1, historicalOnly: true, source: ProvisionSource.Scanner);
        Assert.True(replay.Coordinator.Data.TryGetSymbol("NVDA", out var nvda));
        var first = nvda.QualityOf(Minute)!;

        // Two days: the series holds Monday, so the next load reads Friday 2024-11-22 only (390 bars).
        var second = await replay.Coordinator.AddBarsAsync("NVDA", "1m", days: 2, historicalOnly: true, source: ProvisionSource.Scanner);

        var load = Assert.Single(second.History);
        var kept = nvda.QualityOf(Minute)!;
        Assert.NotEqual(first.FromUtc, kept.FromUtc);
        Assert.Equal((load.FromUtc, load.ToUtc), (kept.FromUtc, kept.ToUtc));
        Assert.Equal(new DateOnly(2024, 11, 22), Assert.Single(kept.Sessions).Date);
        Assert.Equal(390, kept.ExpectedBars);
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    // Moves the 1m bar that starts at one instant by an offset, the way a vendor stamping trades rather than minutes would.
    private sealed class ShiftingStore(IHistoricalBarStore inner, DateTime start, TimeSpan offset) : DelegatingBarStore(inner)
    {
        public override async IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
            string symbol,
            Interval interval,
            DateTime fromUtc,
            DateTime toUtc,
            BarReadStatistics? statistics = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var batch in Inner.ReadRangeAsync(symbol, interval, fromUtc, toUtc, statistics, cancellationToken))
            {
                var bars = new List<Bar>(batch.Length);
                foreach (var bar in batch.Span)
                {
                    bars.Add(interval == Minute && bar.Start == start ? bar with { Start = bar.Start + offset } : bar);
                }

                yield return bars.ToArray();
            }
        }
    }
}
