using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Config;
using Provisioning.Data.Feeds;
using Provisioning.Data.Store;
using Provisioning.IntegrationTests.Cli;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.IntegrationTests.Reporting;

/// <summary>
/// <see cref="SessionCoordinator.WriteReportAsync"/> on sessions the CLI never makes: one never started, and one a
/// scanner fed hostile text. Both open in headless Chromium without a console error and say what they hold.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class LibraryReportTests(SampleDataFixture sample)
{
    [Fact]
    public async Task A_session_that_never_started_still_opens_and_names_the_config_symbols_it_never_provisioned()
    {
        using var session = Session(["AAPL", "MSFT"]);
        var path = sample.NewPath("never-started") + ".html";

        await session.WriteReportAsync(path);

        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(path);
        var page = await ReportPage.ReadAsync(browser);
        Assert.Empty(browser.Errors);
        Assert.True(page.Ready);
        Assert.Empty(page.Symbols);
        Assert.Contains("The session holds no symbol", page.Summary, StringComparison.Ordinal);
        Assert.Equal(["AAPL", "MSFT"], page.Missing.Select(m => m.Symbol));
        Assert.All(page.Missing, m => Assert.Contains("never provisioned", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hostile_symbol_text_is_shown_as_text_and_never_runs_or_becomes_markup()
    {
        using var session = Session(["AAPL"]);
        await session.StartAsync();
        const string Hostile = "<img src=x onerror=console.error(1)></script><script>console.error(2)</script>";
        var rejected = await session.AddSymbolAsync(Hostile, ProvisionSource.Scanner);
        Assert.False(rejected.Succeeded);
        var path = sample.NewPath("hostile") + ".html";

        await session.WriteReportAsync(path);

        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(path);
        var page = await ReportPage.ReadAsync(browser);
        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "report-screenshots", "hostile.png"));
        Assert.Empty(browser.Errors);
        Assert.True(page.Ready);
        Assert.Equal(0, page.Images);
        Assert.Equal(3, page.Scripts); // the library, the data and the page's script: nothing injected
        Assert.Equal(["AAPL"], page.Symbols.Select(s => s.Symbol));
        var missing = Assert.Single(page.Missing);
        // The symbol as a person wrote it, clipped at 64 characters (EchoedText), shown as text.
        Assert.Equal(Hostile[..64], missing.Symbol[..64]);
        Assert.StartsWith(Hostile[..64], missing.Text, StringComparison.Ordinal);
    }

    private SessionCoordinator Session(string[] symbols)
    {
        var calendar = ExchangeCalendars.Xnys;
        Assert.True(calendar.TryGetSession(new DateOnly(2024, 11, 26), out var day));
        var config = new SessionConfig
        {
            Symbols = [.. symbols],
            Streams = ["1m"],
            DerivedIntervals = ["5m"],
            Historical = new HistoricalConfig { Enabled = true, TrailingDays = 1 },
        }.Resolve();
        Assert.True(config.IsValid, string.Join("; ", config.Errors));
        var clock = new ReplayClock(day.OpenUtc);
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = sample.DataRoot }, calendar);
        var feed = new ReplayBarFeed(store, day, config.BaseIntervals, clock);
        return new SessionCoordinator(config, calendar, store, feed, clock);
    }
}
