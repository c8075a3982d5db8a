using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Data;
using Provisioning.Data.CorporateActions;

namespace Provisioning.Core.Tests.Data.CorporateActions;

/// <summary>
/// Backward adjustment against factors worked out by hand in each test: prices before a split's ex-date ÷ ratio and
/// volumes × ratio; prices before a dividend's ex-date × (1 − dividend / close before it); factors compound backwards;
/// actions after the session date, and dividends under SplitAdjusted, change nothing.
/// </summary>
public sealed class HistoryAdjustmentTests
{

    [Fact]
    public void A_split_divides_earlier_prices_and_multiplies_earlier_volumes_by_its_ratio()
    {
        var adjustment = Create(NormalizationMode.SplitAdjusted, Day(10), Split(5, 10));
        var bars = Series(1, 8);

        var adjusted = Apply(adjustment, bars);

        // Days 1-4: 100.0 / 10 = 10.0 etc., volume 1000 × 10; days 5-8 as stored.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(Scaled(bars[i], price: 1 / 10.0, volume: 10), adjusted[i], Close);
        }

        Assert.Equal(bars[4..], adjusted[4..]);
        Assert.Equal(10.0, adjusted[0].Close, 12);
        Assert.Equal(10_000.0, adjusted[0].Volume, 12);
    }

    [Fact]
    public void A_reverse_split_multiplies_earlier_prices_and_divides_earlier_volumes()
    {
        var adjustment = Create(NormalizationMode.SplitAdjusted, Day(10), Split(3, 0.1));
        var bars = Series(1, 4);

        var adjusted = Apply(adjustment, bars);

        // 1-for-10: day 1 close 100 → 1,000; volume 1,000 → 100.
        Assert.Equal(1_000.0, adjusted[0].Close, 9);
        Assert.Equal(100.0, adjusted[0].Volume, 9);
        Assert.Equal(Scaled(bars[1], price: 10, volume: 0.1), adjusted[1], Close);
        Assert.Equal(bars[2..], adjusted[2..]);
    }

    [Fact]
    public void Two_dividends_compound_backwards_each_on_the_close_before_its_ex_date()
    {
        // 0.50 on day 3 after a close of 50: factor 0.99; 2.00 on day 6 after a close of 80: factor 0.975.
        var closes = new Dictionary<DateOnly, double> { [Day(3)] = 50, [Day(6)] = 80 };
        var adjustment = HistoryAdjustment.Create(NormalizationMode.Adjusted, Day(10), [Dividend(3, 0.5), Dividend(6, 2)], a => closes[a.ExDate]);
        var bars = Series(1, 7);

        var adjusted = Apply(adjustment, bars);

        Assert.Equal(Scaled(bars[0], price: 0.99 * 0.975, volume: 1), adjusted[0], Close);
        Assert.Equal(Scaled(bars[1], price: 0.99 * 0.975, volume: 1), adjusted[1], Close);
        Assert.Equal(Scaled(bars[2], price: 0.975, volume: 1), adjusted[2], Close);
        Assert.Equal(Scaled(bars[4], price: 0.975, volume: 1), adjusted[4], Close);
        Assert.Equal(bars[5..], adjusted[5..]);
        Assert.Equal([0.99, 0.975], adjustment.Actions.Select(a => Math.Round(a.PriceFactor, 12)).ToArray());
    }

    [Fact]
    public void A_split_and_a_dividend_on_one_date_both_apply_to_the_bars_before_it()
    {
        // 2-for-1 and 1.00 cash on day 4 after a raw close of 200: earlier prices × 0.5 × 0.995, volumes × 2.
        var adjustment = HistoryAdjustment.Create(NormalizationMode.Adjusted, Day(10), [Dividend(4, 1), Split(4, 2)], _ => 200);
        var bars = Series(1, 5);

        var adjusted = Apply(adjustment, bars);

        Assert.Equal(Scaled(bars[0], price: 0.5 * 0.995, volume: 2), adjusted[0], Close);
        Assert.Equal(Scaled(bars[2], price: 0.5 * 0.995, volume: 2), adjusted[2], Close);
        Assert.Equal(bars[3..], adjusted[3..]);
    }

    [Fact]
    public void Splits_compound_and_a_later_split_covers_more_bars()
    {
        var adjustment = Create(NormalizationMode.Adjusted, Day(10), Split(3, 2), Split(6, 3));
        var bars = Series(1, 7);

        var adjusted = Apply(adjustment, bars);

        Assert.Equal(Scaled(bars[1], price: 1 / 6.0, volume: 6), adjusted[1], Close);
        Assert.Equal(Scaled(bars[3], price: 1 / 3.0, volume: 3), adjusted[3], Close);
        Assert.Equal(bars[5..], adjusted[5..]);
    }

    [Fact]
    public void Actions_after_the_session_date_and_dividends_under_SplitAdjusted_change_nothing()
    {
        var bars = Series(1, 6);
        var future = Create(NormalizationMode.SplitAdjusted, Day(4), Split(5, 10));
        var dividendOnly = HistoryAdjustment.Create(NormalizationMode.SplitAdjusted, Day(10), [Dividend(3, 1)], _ => 100);
        var raw = Create(NormalizationMode.Raw, Day(10), Split(3, 10));

        Assert.Equal(bars, Apply(future, bars));
        Assert.Equal(bars, Apply(dividendOnly, bars));
        Assert.Equal(bars, Apply(raw, bars));
        Assert.Empty(future.Actions);
    }

    [Fact]
    public void A_dividend_without_a_close_before_it_is_skipped_and_says_why()
    {
        var adjustment = HistoryAdjustment.Create(NormalizationMode.Adjusted, Day(10), [Dividend(3, 1), Dividend(5, 500)], a => a.ExDate == Day(3) ? null : 100);
        var bars = Series(1, 6);

        Assert.Equal(bars, Apply(adjustment, bars));
        Assert.All(adjustment.Actions, a => Assert.False(a.Applied));
        Assert.Contains("no close before its ex-date", adjustment.Actions[0].Skipped, StringComparison.Ordinal);
        Assert.Contains("not below the close of 100", adjustment.Actions[1].Skipped, StringComparison.Ordinal);
        Assert.Contains("skipped", adjustment.ToString(), StringComparison.Ordinal);
    }

    private static IEqualityComparer<Bar> Close { get; } = new NearBar();

    private static HistoryAdjustment Create(NormalizationMode mode, DateOnly asOf, params CorporateAction[] actions) =>
        HistoryAdjustment.Create(mode, asOf, actions, _ => null);

    private static Bar[] Apply(HistoryAdjustment adjustment, Bar[] bars)
    {
        var boundaries = adjustment.Boundaries(d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return bars.Select(b => adjustment.Apply(b, boundaries)).ToArray();
    }

    private static DateOnly Day(int day) => new(2024, 3, day);

    private static CorporateAction Split(int day, double ratio) => new(Day(day), CorporateActionKind.Split, ratio);

    private static CorporateAction Dividend(int day, double cash) => new(Day(day), CorporateActionKind.Dividend, cash);

    // One bar a day: open 99, high 101, low 98, close 100, volume 1,000 (the same each day, so factors read plainly).
    private static Bar[] Series(int firstDay, int lastDay) => Enumerable.Range(firstDay, lastDay - firstDay + 1)
        .Select(d => new Bar(Day(d).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), 99, 101, 98, 100, 1000))
        .ToArray();

    private static Bar Scaled(Bar bar, double price, double volume) =>
        new(bar.Start, bar.Open * price, bar.High * price, bar.Low * price, bar.Close * price, bar.Volume * volume);

    private sealed class NearBar : IEqualityComparer<Bar>
    {
        public bool Equals(Bar a, Bar b) => a.Start == b.Start && Near(a.Open, b.Open) && Near(a.High, b.High) && Near(a.Low, b.Low)
            && Near(a.Close, b.Close) && Near(a.Volume, b.Volume);

        public int GetHashCode(Bar bar) => bar.Start.GetHashCode();

        private static bool Near(double x, double y) => Math.Abs(x - y) <= 1e-12 * Math.Max(1, Math.Abs(y));
    }
}
