using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Reporting;
using Provisioning.Requirements;
using Provisioning.Indicators.__Internals;

namespace Provisioning.IntegrationTests.Reporting;

/// <summary>
/// A report written from hand-made input, for what a replay rarely produces: duplicate and late bars listed, and an
/// indicator whose line cannot be recomputed, shown as a problem while its chart still draws.
/// </summary>
public sealed class ReportFromInputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "provision-report-input-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Refused_bars_are_listed_and_an_indicator_that_cannot_be_recomputed_is_named_as_a_problem()
    {
        // 10:00-10:29 EST on 2024-11-26 (15:00-15:29 UTC): 30 one-minute bars, the symbol added at 10:15.
        var first = new DateTime(2024, 11, 26, 15, 0, 0, DateTimeKind.Utc);
        var bars = Enumerable.Range(0, 30).Select(i => new Bar(first.AddMinutes(i), 100 + i, 101 + i, 99 + i, 100.5 + i, 1000)).ToArray();
        var unknown = new IndicatorSpec("nosuch", EquatableArray<IndicatorParameter>.Empty, Interval.Minutes(1), 1);
        var symbol = new ReportedSymbol(
            "XYZ",
            ProvisionSource.Scanner,
            first.AddMinutes(15),
            false,
            [new ReportedSeries(Interval.Minutes(1), null, 100, bars)],
            [new ReportedIndicator(unknown, ProvisionSource.Strategy)],
            DuplicateBars: 7,
            LateBars: 1,
            [new RefusedBar(RefusedBarKind.Duplicate, Interval.Minutes(1), first.AddMinutes(20)), new RefusedBar(RefusedBarKind.Late, Interval.Minutes(5), first.AddMinutes(24))],
            RefusedNotListed: 6);
        var input = new SessionReportInput("XNYS", ExchangeCalendars.Xnys, IndicatorCatalog.Default, first.AddMinutes(30), ["XYZ"], [symbol], [], 0, 0, 0);
        var path = Path.Combine(_folder, "input.html");

        await SessionReportWriter.WriteAsync(input, path, default);

        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(path);
        var page = await ReportPage.ReadAsync(browser);
        Assert.Empty(browser.Errors);
        var shown = Assert.Single(page.Symbols);
        Assert.Equal("Late and duplicate bars: 7 duplicate, 1 late", shown.RefusedHeading);
        Assert.Equal(["duplicate 1m 2024-11-26 10:20", "late 5m 2024-11-26 10:24"], shown.Refused);
        Assert.Contains(shown.Problems, p => p.StartsWith("indicator nosuch", StringComparison.Ordinal));
        var chart = Assert.Single(shown.Charts);
        Assert.True(chart.Rendered);
        Assert.Equal(["candles 1m", "volume"], chart.Series);
        Assert.Equal(30, chart.Bars);
        Assert.Equal(1, chart.Markers); // the join at 10:15; no addition recorded
        // 10:00-10:29 held of a session open 09:30-16:00, counted from the first bar to the report time 10:30: 30 of 30.
        var cell = Assert.Single(page.Quality);
        Assert.Equal(("2024-11-26", 30, 30), (cell.Date, cell.Expected, cell.Present));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
