using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data.CorporateActions;
using Provisioning.Data.Quality;
using Provisioning.Data.Store;
using Provisioning.Intervals;
using static Provisioning.Core.Tests.Data.Support.BarReading;

namespace Provisioning.Core.Tests.Data.CorporateActions;

/// <summary>
/// The availability report counts every action of the symbol's table; the quality report names only those whose
/// ex-dates fall on the analysed range's sessions. The expected actions are the rows written into the CSV here; the
/// sessions of Thanksgiving week 2024 on XNYS are 25, 26, 27 and 29 November.
/// </summary>
public sealed class ActionsInReportsTests : IDisposable
{
    private static readonly Interval OneDay = Interval.Days(1);
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private async Task<ParquetBarStore> StoreAsync(string actionsCsv)
    {
        var xnys = ExchangeCalendars.Xnys;
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root.Path }, xnys);
        await new ParquetBarWriter(store).WriteAsync("MSFT", OneDay, SyntheticBars.Days(xnys, new DateOnly(2024, 11, 18), new DateOnly(2024, 12, 6)));
        var path = _root.Combine("corporate_actions", "symbol=MSFT", "actions.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, actionsCsv);
        return store;
    }

    // Before the range, on its third session, on its last session, and on the first session after it.
    private const string FourActions = "ex_date,kind,value\n2024-11-22,dividend,0.5\n2024-11-27,split,2\n2024-11-29,dividend,0.25\n2024-12-02,split,3\n";

    [Fact]
    public async Task The_quality_report_names_only_the_actions_inside_its_range()
    {
        var store = await StoreAsync(FourActions);

        var report = await new HistoricalQualityAnalyzer(store, ExchangeCalendars.Xnys).AnalyzeAsync("MSFT", OneDay, Utc(2024, 11, 25), Utc(2024, 11, 30));

        Assert.Equal(
            [
                new CorporateAction(new DateOnly(2024, 11, 27), CorporateActionKind.Split, 2),
                new CorporateAction(new DateOnly(2024, 11, 29), CorporateActionKind.Dividend, 0.25),
            ],
            report.CorporateActions.Listed.ToArray());
        Assert.Equal(2, report.CorporateActions.Count);
        Assert.Contains("2-for-1 split on 2024-11-27; dividend of 0.25 per share on 2024-11-29 inside this range", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_without_an_action_mentions_none()
    {
        var store = await StoreAsync(FourActions);

        var report = await new HistoricalQualityAnalyzer(store, ExchangeCalendars.Xnys).AnalyzeAsync("MSFT", OneDay, Utc(2024, 12, 3), Utc(2024, 12, 7));

        Assert.Equal(0, report.CorporateActions.Count);
        Assert.DoesNotContain("inside this range", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_availability_counts_every_action_of_the_table_with_their_date_range()
    {
        var store = await StoreAsync(FourActions);

        var availability = await store.GetAvailabilityAsync("msft", OneDay);

        Assert.Equal(4, availability.CorporateActions.Count);
        Assert.Equal(new DateOnly(2024, 11, 22), availability.CorporateActions.FirstExDate);
        Assert.Equal(new DateOnly(2024, 12, 2), availability.CorporateActions.LastExDate);
        Assert.Equal("4 corporate actions, ex-dates 2024-11-22 .. 2024-12-02", availability.CorporateActions.Summary());
    }

    [Fact]
    public async Task A_long_table_lists_the_first_ten_actions_and_counts_the_rest()
    {
        // 25 quarterly dividends of 0.01 .. 0.25 from 2000-03-01 on.
        var csv = new StringBuilder("ex_date,kind,value\n");
        for (var i = 0; i < 25; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{new DateOnly(2000, 3, 1).AddMonths(3 * i):yyyy-MM-dd},dividend,{(i + 1) / 100.0}\n");
        }

        var store = await StoreAsync(csv.ToString());

        var digest = (await store.GetAvailabilityAsync("MSFT", OneDay)).CorporateActions;

        Assert.Equal(25, digest.Count);
        Assert.Equal(10, digest.Listed.Count);
        Assert.Equal(15, digest.Unlisted);
        Assert.Equal(new DateOnly(2000, 3, 1), digest.FirstExDate);
        Assert.Equal(new DateOnly(2006, 3, 1), digest.LastExDate);
        Assert.Equal(new DateOnly(2002, 6, 1), digest.Listed[^1].ExDate);
        Assert.EndsWith("; 15 more", digest.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_table_gives_no_actions()
    {
        var store = await StoreAsync("ex_date,kind,value\n");

        var availability = await store.GetAvailabilityAsync("MSFT", OneDay);

        Assert.Equal(0, availability.CorporateActions.Count);
        Assert.Equal("no corporate actions", availability.CorporateActions.Summary());
    }
}
