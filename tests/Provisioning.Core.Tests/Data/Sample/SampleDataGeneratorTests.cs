using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data;
using Provisioning.Data.Quality;
using Provisioning.Data.Sample;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Planning.Validation;
using static Provisioning.Core.Tests.Data.Support.BarReading;

namespace Provisioning.Core.Tests.Data.Sample;

public sealed class SampleDataGeneratorTests : IDisposable
{
    private static readonly Interval OneMinute = Interval.Minutes(1);
    private readonly TempDirectory _root = new();
    private readonly RuleBasedTradingCalendar _xnys = (RuleBasedTradingCalendar)ExchangeCalendars.Xnys;

    public void Dispose() => _root.Dispose();

    [Fact]
    public void The_default_set_has_strategy_and_scanner_symbols()
    {
        Assert.Equal(new[] { "AAPL", "MSFT", "SPY", "NVDA", "AMD", "PLTR" }, SampleDataSet.Default.Symbols.Select(s => s.Symbol));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bars_and_another_seed_other_bars()
    {
        var first = new SampleDataGenerator(_xnys).Generate();
        var second = new SampleDataGenerator(_xnys).Generate();
        var other = new SampleDataGenerator(_xnys, SampleDataSet.Default with { Seed = 7 }).Generate();

        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i].Minutes, second[i].Minutes);
            Assert.Equal(first[i].Days, second[i].Days);
        }

        Assert.NotEqual(first[0].Minutes[100].Close, other[0].Minutes[100].Close);
    }

    [Fact]
    public void Minute_bars_fill_every_XNYS_session_exactly_including_the_short_days()
    {
        var aapl = new SampleDataGenerator(_xnys).Generate()[0];
        var perDay = aapl.Minutes.GroupBy(b => _xnys.ExchangeDate(b.Start)).ToDictionary(g => g.Key, g => g.Count());

        // November 2024 has 20 sessions (the 28th is Thanksgiving), December 21 (the 25th is Christmas).
        Assert.Equal(41, perDay.Count);
        Assert.Equal(210, perDay[new DateOnly(2024, 11, 29)]);   // 09:30-13:00
        Assert.Equal(210, perDay[new DateOnly(2024, 12, 24)]);   // 09:30-13:00
        Assert.Equal(390, perDay[new DateOnly(2024, 11, 27)]);
        Assert.False(perDay.ContainsKey(new DateOnly(2024, 11, 28)));
        Assert.False(perDay.ContainsKey(new DateOnly(2024, 12, 25)));
        Assert.Equal((39 * 390) + (2 * 210), aapl.Minutes.Length);
        Assert.All(aapl.Minutes, b => Assert.True(_xnys.TrySessionContaining(b.Start, out _), b.Start.ToString("O")));
        Assert.Equal(Utc(2024, 11, 1, 13, 30), aapl.Minutes[0].Start);    // EDT until 2024-11-03
        Assert.Equal(Utc(2024, 11, 29, 17, 59), aapl.Minutes.Last(b => b.Start.Day == 29 && b.Start.Month == 11).Start);
    }

    [Fact]
    public void Bars_are_valid_and_day_bars_of_the_minute_period_aggregate_its_minutes()
    {
        foreach (var series in new SampleDataGenerator(_xnys).Generate())
        {
            Assert.All(series.Minutes.Concat(series.Days), b =>
            {
                Assert.True(b.Low > 0 && b.Low <= Math.Min(b.Open, b.Close) && b.High >= Math.Max(b.Open, b.Close), b.ToString());
                Assert.True(b.Volume >= 0 && b.Volume == Math.Floor(b.Volume), b.ToString());
                Assert.Equal(Math.Round(b.Close, 2), b.Close);
            });

            var day = series.Days.Single(d => d.Start == Utc(2024, 11, 29, 14, 30));
            var minutes = series.Minutes.Where(m => m.Start >= Utc(2024, 11, 29, 14, 30) && m.Start < Utc(2024, 11, 29, 18, 0)).ToArray();
            Assert.Equal(210, minutes.Length);
            Assert.Equal(minutes[0].Open, day.Open);
            Assert.Equal(minutes[^1].Close, day.Close);
            Assert.Equal(minutes.Max(m => m.High), day.High);
            Assert.Equal(minutes.Min(m => m.Low), day.Low);
            Assert.Equal(minutes.Sum(m => m.Volume), day.Volume);

            // One day bar per XNYS session from 2023-01-03 to 2024-12-31: 250 sessions in 2023 and 252 in 2024.
            Assert.Equal(502, series.Days.Length);
            Assert.Equal(Utc(2023, 1, 3, 14, 30), series.Days[0].Start);
        }
    }

    [Fact]
    public async Task Written_sample_data_is_small_complete_and_passes_validation()
    {
        var generator = new SampleDataGenerator(_xnys);

        var wrote = await generator.EnsureAsync(_root.Path);
        var again = await generator.EnsureAsync(_root.Path);

        Assert.True(wrote);
        Assert.False(again);
        var bytes = Directory.GetFiles(_root.Path, "*.parquet", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.InRange(bytes, 100_000, 8_000_000);

        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, _xnys);
        Assert.Equal(new[] { "AAPL", "AMD", "MSFT", "NVDA", "PLTR", "SPY" }, (await store.ListSymbolsAsync(OneMinute)).Items);
        var quality = await new HistoricalQualityAnalyzer(store, _xnys).AnalyzeAsync(["SPY", "PLTR"], OneMinute, Utc(2024, 11, 1), Utc(2025, 1, 1));
        Assert.All(quality, q =>
        {
            Assert.Equal(100.0, q.QualityPercent);
            Assert.Equal((39 * 390) + (2 * 210), q.ExpectedBars);
            Assert.Equal(0, q.UnusedRows);
        });

        // SMA(20) on 5m with a multiplier of 2: 40 five-minute bars = 200 one-minute bars before 2024-12-02's open.
        var history = new HistoryEstimator(_xnys).EstimateBars(OneMinute, 100, Utc(2024, 12, 2, 14, 30), 2.0);
        var result = await new HistoricalDataValidator(store, _xnys).ValidateAsync("NVDA", OneMinute, history);
        Assert.True(result.CanProceed, result.Reason);
        var warmup = await store.ReadLastAsync("NVDA", OneMinute, 200, Utc(2024, 12, 2, 14, 30));
        Assert.Equal(200, warmup.Length);
        Assert.Equal(Utc(2024, 11, 29, 17, 59), warmup[^1].Start);
    }
}
