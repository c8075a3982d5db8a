using System;
using System.Linq;
using Provisioning.Indicators.BuiltIn;

namespace Provisioning.Core.Tests.Indicators;

public class WarmupBarsTests
{
    [Fact]
    public void Warmup_formulas_give_the_textbook_counts()
    {
        // A 20-bar average needs 20 bars; RSI(14) needs 15 closes for 14 changes; MACD(12,26,9) needs 26 bars for the
        // slow EMA and 8 more for the 9-value signal seed: 34; Stochastic(14,3) needs 14 bars for %K and 2 more for %D.
        Assert.Equal(20, Sma.WarmupBars(20));
        Assert.Equal(20, Ema.WarmupBars(20));
        Assert.Equal(20, Wma.WarmupBars(20));
        Assert.Equal(15, Rsi.WarmupBars(14));
        Assert.Equal(34, Macd.WarmupBars(26, 9));
        Assert.Equal(20, BollingerBands.WarmupBars(20));
        Assert.Equal(14, Atr.WarmupBars(14));
        Assert.Equal(1, Vwap.WarmupBars());
        Assert.Equal(16, Stochastic.WarmupBars(14, 3));
        Assert.Equal(1, Obv.WarmupBars());
    }

    [Theory]
    [MemberData(nameof(BuiltInCatalog.Names), MemberType = typeof(BuiltInCatalog))]
    public void Indicator_is_ready_after_exactly_its_warmup_bars_and_NaN_before(string name)
    {
        var builtIn = BuiltInCatalog.Get(name);
        var indicator = builtIn.Create();
        var bars = TestBars.RandomWalk(builtIn.WarmupBars + 5, seed: 7);

        Assert.False(indicator.IsReady);
        Assert.All(builtIn.Outputs(indicator), v => Assert.True(double.IsNaN(v)));
        for (var n = 1; n <= bars.Length; n++)
        {
            indicator.Update(bars[n - 1]);
            var outputs = builtIn.Outputs(indicator);
            if (n < builtIn.WarmupBars)
            {
                Assert.False(indicator.IsReady, $"ready after {n} of {builtIn.WarmupBars} bars");
                Assert.All(outputs, v => Assert.True(double.IsNaN(v), $"a value before warm-up after {n} bars"));
            }
            else
            {
                Assert.True(indicator.IsReady, $"not ready after {n} bars (warm-up {builtIn.WarmupBars})");
                Assert.All(outputs, v => Assert.True(double.IsFinite(v), $"no value after {n} bars"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInCatalog.Names), MemberType = typeof(BuiltInCatalog))]
    public void Reset_gives_an_indicator_that_behaves_as_new(string name)
    {
        var builtIn = BuiltInCatalog.Get(name);
        var bars = TestBars.RandomWalk(60, seed: 3);
        var fresh = builtIn.Create();
        var reused = builtIn.Create();
        foreach (var bar in TestBars.RandomWalk(40, seed: 99, start: 500))
        {
            reused.Update(bar);
        }

        reused.Reset();
        Assert.False(reused.IsReady);
        foreach (var bar in bars)
        {
            fresh.Update(bar);
            reused.Update(bar);
            Assert.Equal(builtIn.Outputs(fresh), builtIn.Outputs(reused));
            Assert.Equal(fresh.IsReady, reused.IsReady);
        }
    }

    [Fact]
    public void Periods_outside_the_declared_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Sma(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ema(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Wma(IndicatorLimits.MaxPeriod + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rsi(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Atr(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Stochastic(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Stochastic(14, 0));
        Assert.Equal(IndicatorLimits.MaxPeriod, new Sma(IndicatorLimits.MaxPeriod).Period);
    }

    [Fact]
    public void Catalog_covers_every_built_in()
    {
        var covered = BuiltInCatalog.Cases.Select(c => c.Create().GetType()).Distinct().ToHashSet();
        var declared = DeclarationTests.BuiltInTypes().ToHashSet();
        Assert.Equal(declared.OrderBy(t => t.Name), covered.OrderBy(t => t.Name));
    }
}
