using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Aggregation;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// When older base history arrives, building only the older part of a derived series and putting it before the bars
/// the series holds gives exactly the series a rebuild from all the base bars gives (the reference, which is how the
/// session built it before).
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class DerivedHistoryTests(SampleStoreFixture sample)
{
    private static readonly ITradingCalendar Calendar = ExchangeCalendars.Xnys;
    private static readonly Interval Minute = Interval.Minutes(1);

    public static TheoryData<string, bool, int, int, int, int> Splits()
    {
        // Where the held base starts, New York time: a session open, inside a bucket of every derived interval, a bucket
        // boundary of the small ones, on the short day after Thanksgiving (closes 13:00) and on the Monday after it. With
        // gaps: the base without the minutes that end a quarter hour (:14, :29, :44, :59), the last of many buckets. The last
        // minute of 12/02 is 15:58 then (15:59 is removed), so the split there is 15:58, still before the close.
        var data = new TheoryData<string, bool, int, int, int, int>();
        foreach (var interval in new[] { "5m", "15m", "1h", "2h", "1d", "1w" })
        {
            foreach (var gaps in new[] { false, true })
            {
                data.Add(interval, gaps, 11, 26, 9, 30);
                data.Add(interval, gaps, 11, 26, 10, 47);
                data.Add(interval, gaps, 11, 26, 11, 0);
                data.Add(interval, gaps, 11, 29, 12, 13);
                data.Add(interval, gaps, 12, 2, 15, gaps ? 58 : 59);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public async Task Older_history_put_before_the_held_bars_equals_a_rebuild_from_all_the_base_bars(string intervalText, bool gaps, int month, int day, int hour, int minute)
    {
        Assert.True(Interval.TryParse(intervalText, out var interval));
        var grownBase = await MinutesAsync();
        if (gaps)
        {
            grownBase = [.. grownBase.Where(b => TimeZoneInfo.ConvertTimeFromUtc(b.Start, Calendar.TimeZone).Minute % 15 != 14)];
        }

        var split = Array.FindIndex(grownBase, b => b.Start >= NewYork(month, day, hour, minute));
        var heldBase = grownBase[split..];
        Assert.Equal(NewYork(month, day, hour, minute), heldBase[0].Start);
        var watermark = grownBase[^1].Start.AddMinutes(1);

        // The session held the derived bars built from the held base; then the older history arrived.
        var heldDerived = DerivedHistory.Rebuild(Calendar, Minute, interval, heldBase, watermark).Bars.ToArray();
        var rebuilt = DerivedHistory.Rebuild(Calendar, Minute, interval, grownBase, watermark).Bars;

        var keepFrom = DerivedHistory.FirstKept(heldDerived, heldBase[0].Start);
        Assert.True(keepFrom >= 0);
        var older = new RecordingSubscriber();
        DerivedHistory.BuildOlder(Calendar, Minute, interval, grownBase, heldDerived[keepFrom].Start, older);
        var grown = older.Bars.Concat(heldDerived[keepFrom..]).ToList();

        Assert.True(rebuilt.Count > heldDerived.Length, "the older history must add bars, or this compares nothing");
        Assert.Equal(rebuilt, grown);
        if (IntradayMinutes(intervalText) is { } minutes)
        {
            Assert.Equal(ByHand(grownBase, minutes, watermark), rebuilt);
        }
    }

    [Fact]
    public async Task A_first_held_bar_built_from_part_of_its_bucket_is_rebuilt_whole()
    {
        // Fed without cutting to the first whole bar, the held base starting at 10:47 builds a 10:30 hour bar from 10:47
        // on only: its open is the 10:47 bar's, not the 10:30 bar's.
        var hour = Interval.Hours(1);
        var grownBase = await MinutesAsync();
        var split = Array.FindIndex(grownBase, b => b.Start >= NewYork(11, 26, 10, 47));
        var heldBase = grownBase[split..];
        var live = new BarAggregator(Calendar, Minute, hour);
        var delivered = new RecordingSubscriber();
        var heldDerived = delivered.Bars;
        live.Subscribe(delivered);
        foreach (var bar in heldBase)
        {
            live.Push(bar);
        }

        var watermark = grownBase[^1].Start.AddMinutes(1);
        live.AdvanceTo(watermark);
        Assert.Equal(NewYork(11, 26, 10, 30), heldDerived[0].Start);
        Assert.Equal(grownBase[split].Open, heldDerived[0].Open);

        var keepFrom = DerivedHistory.FirstKept(heldDerived.ToArray(), heldBase[0].Start);
        Assert.Equal(1, keepFrom);
        var older = new RecordingSubscriber();
        DerivedHistory.BuildOlder(Calendar, Minute, hour, grownBase, heldDerived[keepFrom].Start, older);

        var grown = older.Bars.Concat(heldDerived.Skip(keepFrom)).ToList();
        Assert.Equal(DerivedHistory.Rebuild(Calendar, Minute, hour, grownBase, watermark).Bars, grown);
        Assert.Equal(ByHand(grownBase, 60, watermark), grown);
        var whole = grown.Single(b => b.Start == NewYork(11, 26, 10, 30));
        Assert.Equal(grownBase.Single(b => b.Start == NewYork(11, 26, 10, 30)).Open, whole.Open);

        // The whole 10:30 bar from the sixty minutes 10:30..11:29: highest high, lowest low, the 11:29 close, summed volume.
        var bucket = grownBase.Where(b => b.Start >= NewYork(11, 26, 10, 30) && b.Start < NewYork(11, 26, 11, 30)).ToArray();
        Assert.Equal(60, bucket.Length);
        Assert.Equal(NewYork(11, 26, 11, 29), bucket[^1].Start);
        var high = double.MinValue;
        var low = double.MaxValue;
        var volume = 0.0;
        foreach (var minute in bucket)
        {
            high = Math.Max(high, minute.High);
            low = Math.Min(low, minute.Low);
            volume += minute.Volume;
        }

        Assert.Equal(high, whole.High);
        Assert.Equal(low, whole.Low);
        Assert.Equal(bucket[^1].Close, whole.Close);
        Assert.Equal(volume, whole.Volume);
    }

    [Fact]
    public async Task A_series_holding_no_whole_bar_is_not_built_from_older_history()
    {
        var all = await MinutesAsync();
        var split = Array.FindIndex(all, b => b.Start >= NewYork(11, 26, 10, 47));

        Assert.Equal(-1, DerivedHistory.FirstKept([], all[split].Start));

        // Nor is one holding only the partial 10:30 hour bar, built from 10:47 on.
        var partial = new Bar(NewYork(11, 26, 10, 30), 1, 1, 1, 1, 1);
        Assert.Equal(-1, DerivedHistory.FirstKept([partial], all[split].Start));
    }

    [Fact]
    public async Task A_session_whose_base_history_grows_holds_the_derived_bars_of_one_that_loaded_it_all_at_once()
    {
        var tuesday = new DateOnly(2024, 11, 26);

        // Grown: SMA(20)@5m loads a few hours of minutes, then EMA(50)@1h weeks more (the 5m series gets older bars).
        var grown = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"]), tuesday);
        grown.Clock.AdvanceTo(grown.At(11, 0));
        await AddAsync(grown, "sma", 20, "5m");
        Assert.True(grown.Coordinator.Data.TryGetSymbol("AAPL", out var grownAapl));
        Assert.True(grownAapl.TryGetBars(Interval.Minutes(5), out var before));
        var heldBefore = before.Count;
        await AddAsync(grown, "ema", 50, "1h");

        // At once: EMA(50)@1h first, so the 5m series is built from all the minutes in one pass.
        var once = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"]), tuesday);
        once.Clock.AdvanceTo(once.At(11, 0));
        await AddAsync(once, "ema", 50, "1h");
        await AddAsync(once, "sma", 20, "5m");

        Assert.True(once.Coordinator.Data.TryGetSymbol("AAPL", out var onceAapl));
        foreach (var interval in new[] { Interval.Minutes(1), Interval.Minutes(5), Interval.Hours(1) })
        {
            Assert.True(grownAapl.TryGetBars(interval, out var grownBars));
            Assert.True(onceAapl.TryGetBars(interval, out var onceBars));
            Assert.Equal(onceBars.ToArray(), grownBars.ToArray());
        }

        Assert.True(grownAapl.TryGetBars(Interval.Minutes(5), out var after));
        Assert.True(after.Count > heldBefore, "the 5m series must have grown, or this compares nothing");

        // Each derived bar built by hand from the session's minutes, over the span the derived series holds.
        Assert.True(grownAapl.TryGetBars(Minute, out var minutes));
        foreach (var (interval, length) in new[] { (Interval.Minutes(5), 5), (Interval.Hours(1), 60) })
        {
            Assert.True(grownAapl.TryGetBars(interval, out var series));
            var held = series.ToArray();
            var expected = ByHand(minutes.ToArray(), length, grown.At(11, 0)).Where(b => b.Start >= held[0].Start).ToList();
            Assert.Equal(expected, held);
        }
    }

    private static async Task AddAsync(ReplaySession replay, string name, int period, string interval)
    {
        var added = await replay.Coordinator.AddIndicatorAsync("AAPL", name, [new("period", period)], interval, ProvisionSource.Strategy);
        Assert.True(added.Succeeded, added.Reason);
    }

    private static int? IntradayMinutes(string interval) => interval switch
    {
        "5m" => 5,
        "15m" => 15,
        "1h" => 60,
        "2h" => 120,
        _ => null,
    };

    /// <summary>
    /// The derived bars of <paramref name="minutes"/>-minute buckets, built by hand from one-minute bars: each XNYS session
    /// opens at 09:30 New York and closes at 16:00 (13:00 on 2024-11-29, the day after Thanksgiving, the one early close
    /// from 11/04 to 12/17); a bucket starts at open + floor((start - open) / interval) * interval and ends at its start
    /// plus the interval or the close, whichever is first; its bar is the first open, highest high, lowest low, last
    /// close and summed volume of its minutes; a bucket without minutes has no bar, one not ended by the watermark none yet.
    /// </summary>
    private static List<Bar> ByHand(Bar[] oneMinute, int minutes, DateTime watermark)
    {
        var open = new TimeSpan(9, 30, 0);
        var bars = new List<Bar>();
        DateTime? bucketStart = null;
        var bucketEnd = DateTime.MinValue;
        Bar bar = default;
        foreach (var minute in oneMinute)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(minute.Start, Calendar.TimeZone);
            var close = local.Date == new DateTime(2024, 11, 29) ? new TimeSpan(13, 0, 0) : new TimeSpan(16, 0, 0);
            Assert.InRange(local.TimeOfDay, open, close - TimeSpan.FromMinutes(1));
            var sinceOpen = (int)(local.TimeOfDay - open).TotalMinutes;
            var startLocal = local.Date + open + TimeSpan.FromMinutes(sinceOpen / minutes * minutes);
            var endLocal = startLocal.AddMinutes(minutes) < local.Date + close ? startLocal.AddMinutes(minutes) : local.Date + close;
            var start = TimeZoneInfo.ConvertTimeToUtc(startLocal, Calendar.TimeZone);
            if (start != bucketStart)
            {
                if (bucketStart is not null && bucketEnd <= watermark)
                {
                    bars.Add(bar);
                }

                bucketStart = start;
                bucketEnd = TimeZoneInfo.ConvertTimeToUtc(endLocal, Calendar.TimeZone);
                bar = new Bar(start, minute.Open, minute.High, minute.Low, minute.Close, minute.Volume);
            }
            else
            {
                bar = new Bar(start, bar.Open, Math.Max(bar.High, minute.High), Math.Min(bar.Low, minute.Low), minute.Close, bar.Volume + minute.Volume);
            }
        }

        if (bucketStart is not null && bucketEnd <= watermark)
        {
            bars.Add(bar);
        }

        return bars;
    }

    private async Task<Bar[]> MinutesAsync() =>
        [.. await sample.OpenStore().ReadAllAsync("AAPL", Minute, NewYork(11, 4, 0, 0), NewYork(12, 17, 16, 0))];

    private static DateTime NewYork(int month, int day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, month, day, hour, minute, 0), Calendar.TimeZone);
}
