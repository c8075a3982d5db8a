using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Collections;
using Provisioning.Config;
using Provisioning.Data.Feeds;
using Provisioning.Data.Sample;
using Provisioning.Data.Store;
using Provisioning.Session;
using Xunit.Abstractions;

namespace Provisioning.IntegrationTests.Reporting;

/// <summary>
/// A report of 50 symbols with a full day of history and a full replayed day of 1m bars (and 5m bars with an SMA) opens
/// in headless Chromium without a console error and draws every chart. How long it took is written to the test output
/// (never asserted: timing belongs to a person reading it, not to a test).
/// </summary>
public sealed class LargeReportTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "provision-report-large-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Fifty_symbols_with_a_day_of_one_minute_bars_each_open_and_draw_every_chart()
    {
        var calendar = ExchangeCalendars.Xnys;
        var symbols = Enumerable.Range(0, 50).Select(i => "S" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var set = new SampleDataSet
        {
            Seed = 7,
            Symbols = new EquatableArray<SampleSymbol>(symbols.Select((s, i) => new SampleSymbol(s, 20 + i, 0.02, 1_000_000))),
            DaysFrom = new DateOnly(2024, 11, 1),
            MinutesFrom = new DateOnly(2024, 11, 25),
            MinutesTo = new DateOnly(2024, 11, 26),
        };
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root }, calendar);
        Directory.CreateDirectory(store.Root);
        await new SampleDataGenerator(calendar, set).WriteAsync(store);

        Assert.True(calendar.TryGetSession(new DateOnly(2024, 11, 26), out var day));
        var config = new SessionConfig
        {
            Symbols = [.. symbols],
            Streams = ["1m"],
            DerivedIntervals = ["5m"],
            Historical = new HistoricalConfig { Enabled = true, TrailingDays = 1 },
            Indicators = [new IndicatorConfig { Name = "sma", Interval = "5m", Parameters = new() { ["period"] = 20 } }],
        }.Resolve();
        Assert.True(config.IsValid, string.Join("; ", config.Errors));
        var clock = new ReplayClock(day.OpenUtc);
        var feed = new ReplayBarFeed(store, day, config.BaseIntervals, clock);
        using var session = new SessionCoordinator(config, calendar, store, feed, clock);
        var start = await session.StartAsync();
        Assert.True(start.AllSucceeded, string.Join("; ", start.NotSucceeded.Select(r => r.Reason)));
        await Task.WhenAll(feed.RunAsync(), session.RunAsync());

        var path = Path.Combine(_root, "large.html");
        var writing = Stopwatch.StartNew();
        await session.WriteReportAsync(path);
        output.WriteLine($"wrote {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MiB in {writing.ElapsedMilliseconds} ms");

        await using var browser = await HeadlessChromium.StartAsync();
        var opening = Stopwatch.StartNew();
        await browser.OpenAsync(path);
        output.WriteLine($"loaded (page script done, first charts drawn) in {opening.ElapsedMilliseconds} ms");
        var page = await ReportPage.ReadAsync(browser);
        output.WriteLine($"every chart scrolled to and drawn after {opening.ElapsedMilliseconds} ms");

        Assert.Empty(browser.Errors);
        Assert.Equal(symbols, page.Symbols.Select(s => s.Symbol));
        Assert.All(page.Symbols, s =>
        {
            Assert.All(s.Charts, c => Assert.True(c.Rendered, s.Symbol + " " + c.Interval + " was not drawn"));
            // One history session and the replayed one: 2 × 390 one-minute bars, 2 × 78 five-minute bars.
            Assert.Equal([780, 156], s.Charts.Select(c => c.Bars));
            Assert.Equal(["candles 5m", "volume", "sma(20)@5m"], s.Charts[1].Series);
        });
        Assert.Equal(100, page.Quality.Count);
        Assert.All(page.Quality, q => Assert.Equal((390, 390), (q.Expected, q.Present)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
