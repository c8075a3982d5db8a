using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.IntegrationTests.Cli;

namespace Provisioning.IntegrationTests.Reporting;

/// <summary>
/// <c>provision run --report</c> opened in headless Chromium: no console error, and the page shows the symbols, each
/// interval's chart with its series and markers, the quality cells and what is missing. A screenshot of each page is
/// saved under the test output's report-screenshots folder.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class ReportInBrowserTests(SampleDataFixture sample)
{
    // ZZZZ is not in the sample store: its load fails and the report must say so.
    private const string Config = """
        {
          "symbols": ["AAPL", "MSFT", "ZZZZ"],
          "streams": ["1m"],
          "derivedIntervals": ["5m", "15m"],
          "historical": { "enabled": true, "trailingDays": 2 },
          "indicators": [
            { "name": "sma", "interval": "5m", "parameters": { "period": 3 } },
            { "name": "rsi", "interval": "15m", "parameters": { "period": 14 } }
          ]
        }
        """;

    [Fact]
    public async Task The_report_of_a_replayed_day_shows_every_series_marker_and_quality_cell_without_console_errors()
    {
        var path = sample.NewPath("report") + ".html";
        var run = CliRun.Of("run", "--config", sample.WriteConfig(Config), "--data", sample.DataRoot, "--date", "2024-11-29", "--report", path);
        Assert.True(run.ExitCode == 1, run.ToString()); // ZZZZ did not load
        Assert.Contains("Report: " + path, run.Output, StringComparison.Ordinal);

        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(path);
        var page = await ReportPage.ReadAsync(browser);
        await browser.ScreenshotAsync(Screenshot("replayed-day"));

        Assert.Empty(browser.Errors);
        Assert.True(page.Ready);
        Assert.Equal(["AAPL", "MSFT"], page.Symbols.Select(s => s.Symbol));
        foreach (var symbol in page.Symbols)
        {
            Assert.Equal(["1m", "5m", "15m"], symbol.Charts.Select(c => c.Interval));
            Assert.All(symbol.Charts, c => Assert.True(c.Rendered && c.Canvases > 0, symbol.Symbol + " " + c.Interval + " was not drawn"));
            var series = symbol.Charts.ToDictionary(c => c.Interval, c => c.Series.ToArray());
            Assert.Equal(["candles 1m", "volume"], series["1m"]);
            Assert.Equal(["candles 5m", "volume", "sma(3)@5m"], series["5m"]);
            Assert.Equal(["candles 15m", "volume", "rsi(14)@15m"], series["15m"]);

            // Two history sessions of 390 one-minute bars (Tue 11-26, Wed 11-27; Thu is Thanksgiving) and the early
            // close's 210 (09:30-13:00): 990; in 5m bars 198, in 15m bars 66.
            Assert.Equal([990, 198, 66], symbol.Charts.Select(c => c.Bars));

            // The history/live join and the three additions (symbol, sma, rsi), on every chart of the symbol.
            Assert.All(symbol.Charts, c => Assert.Equal(4, c.Markers));
            Assert.Equal(3, symbol.Additions);
            Assert.Empty(symbol.Problems);
        }

        var cells = page.Quality.Where(q => q.Symbol == "AAPL").Select(q => (q.Interval, q.Date, q.Expected, q.Present)).ToArray();
        Assert.Equal([("1m", "2024-11-26", 390, 390), ("1m", "2024-11-27", 390, 390), ("1m", "2024-11-29", 210, 210)], cells);
        Assert.Equal(6, page.Quality.Count);

        var missing = Assert.Single(page.Missing);
        Assert.Equal("ZZZZ", missing.Symbol);
        Assert.Contains("ZZZZ is not in the bar store", missing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_whose_only_symbol_failed_to_load_still_opens_and_says_what_is_missing()
    {
        var path = sample.NewPath("report-empty") + ".html";
        var config = sample.WriteConfig("""{ "symbols": ["ZZZZ"], "streams": ["1m"] }""");
        var run = CliRun.Of("run", "--config", config, "--data", sample.DataRoot, "--date", "2024-11-29", "--report", path);
        Assert.True(File.Exists(path), run.ToString());

        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(path);
        var page = await ReportPage.ReadAsync(browser);
        await browser.ScreenshotAsync(Screenshot("failed-load"));

        Assert.Empty(browser.Errors);
        Assert.True(page.Ready);
        Assert.Empty(page.Symbols);
        Assert.Empty(page.Quality);
        Assert.Contains("The session holds no symbol", page.Summary, StringComparison.Ordinal);
        var missing = Assert.Single(page.Missing);
        Assert.Equal("ZZZZ", missing.Symbol);
        Assert.Contains("Rejected", missing.Text, StringComparison.Ordinal);
    }

    private static string Screenshot(string name) => Path.Combine(AppContext.BaseDirectory, "report-screenshots", name + ".png");
}
