using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Collections;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Execution;
using Provisioning.Planning;
using Provisioning.Reporting;
using Provisioning.Requirements;
using Provisioning.Session;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Removal;

/// <summary>
/// The session report journals removals: the data written into the HTML file is parsed back and holds, per symbol, what
/// each removal let go of, who asked, how it ended and what stayed for whom; a symbol a removal dropped is listed as
/// missing with why. The removal journal is bounded.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class RemovalReportTests(SampleStoreFixture sample)
{
    private const string DataStart = "<script type=\"application/json\" id=\"report-data\">";

    [Fact]
    public async Task The_report_data_holds_each_removal_with_its_source_status_and_what_was_kept()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["AAPL"], trailingDays: 1), new DateOnly(2024, 11, 26));
        using var coordinator = replay.Coordinator;
        await coordinator.StartAsync();
        Assert.True((await coordinator.AddIndicatorAsync("AAPL", "sma", [new("period", 20)], "5m", ProvisionSource.Scanner)).Succeeded);
        Assert.True((await coordinator.AddIndicatorAsync("AAPL", "ema", [new("period", 10)], "5m", ProvisionSource.Scanner)).Succeeded);
        Assert.True((await coordinator.AddSymbolAsync("NVDA", ProvisionSource.Scanner)).Succeeded);

        await coordinator.RemoveIndicatorAsync("AAPL", "sma", [new("period", 20)], "5m", ProvisionSource.Scanner);
        await coordinator.RemoveSymbolAsync("AAPL", ProvisionSource.Strategy);
        await coordinator.RemoveSymbolAsync("NVDA", ProvisionSource.Scanner);

        using var data = await ReportDataAsync(coordinator);
        var root = data.RootElement;
        Assert.Equal(3, root.GetProperty("removalCount").GetInt32());
        Assert.Equal(0, root.GetProperty("removalsNotKept").GetInt64());

        var aapl = root.GetProperty("symbols").EnumerateArray().Single(s => s.GetProperty("symbol").GetString() == "AAPL");
        var removals = aapl.GetProperty("removals").EnumerateArray().ToArray();
        Assert.Equal(2, removals.Length);

        // The scanner let go of its SMA; the EMA it also added keeps the 5m series.
        Assert.Equal("indicator sma(20)@5m", removals[0].GetProperty("what").GetString());
        Assert.Equal("Scanner", removals[0].GetProperty("source").GetString());
        Assert.Equal("Removed", removals[0].GetProperty("status").GetString());
        Assert.True(removals[0].GetProperty("ok").GetBoolean());
        Assert.Contains("5m bars kept: held by Scanner (indicator ema(10)@5m)", removals[0].GetProperty("kept").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["unregister indicator sma(20)@5m for AAPL"], removals[0].GetProperty("steps").EnumerateArray().Select(s => s[0].GetString()));

        // A strategy never added AAPL: refused, with the reason, and listed among the symbol's problems.
        Assert.Equal("the symbol", removals[1].GetProperty("what").GetString());
        Assert.Equal("Strategy", removals[1].GetProperty("source").GetString());
        Assert.Equal("Rejected", removals[1].GetProperty("status").GetString());
        Assert.False(removals[1].GetProperty("ok").GetBoolean());
        Assert.Contains("never added", removals[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(removals[1].GetProperty("kept").EnumerateArray());
        Assert.Contains(aapl.GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith("removal of the symbol from Strategy Rejected", StringComparison.Ordinal));

        // NVDA is gone: missing, because the scanner removed it.
        var nvda = root.GetProperty("missing").EnumerateArray().Single(s => s.GetProperty("symbol").GetString() == "NVDA");
        Assert.StartsWith("removed: Scanner let go of the symbol", nvda.GetProperty("why").GetString(), StringComparison.Ordinal);
        var dropped = Assert.Single(nvda.GetProperty("removals").EnumerateArray());
        Assert.Equal("Removed", dropped.GetProperty("status").GetString());
        Assert.Contains("drop symbol NVDA", dropped.GetProperty("steps").EnumerateArray().Select(s => s[0].GetString()));
        Assert.Single(nvda.GetProperty("additions").EnumerateArray());
    }

    [Fact]
    public void The_removal_journal_keeps_its_capacity_and_counts_what_it_dropped()
    {
        var journal = new RemovalJournal(capacity: 2);
        var at = new DateTime(2024, 11, 26, 15, 0, 0, DateTimeKind.Utc);

        foreach (var symbol in new[] { "AAA", "BBB", "CCC", "DDD" })
        {
            journal.Record(Removed(symbol), at);
        }

        Assert.Equal(["CCC", "DDD"], journal.Entries().Select(e => e.Result.Symbol));
        Assert.Equal(2, journal.Dropped);
    }

    private static RemovalResult Removed(string symbol) =>
        new(symbol, OperationType.Symbol, "the symbol", ProvisionSource.Scanner, ProvisioningPlan.Nothing(symbol), EquatableArray<StepResult>.Empty, RemovalStatus.Removed, null);

    // Writes the whole HTML report and parses the JSON the page reads back out of its data element.
    private static async Task<JsonDocument> ReportDataAsync(SessionCoordinator coordinator)
    {
        using var output = new MemoryStream();
        await SessionReportWriter.WriteAsync(SessionReportSource.Of(coordinator), output, new DateTime(2024, 11, 26, 21, 0, 0, DateTimeKind.Utc), CancellationToken.None);
        var html = Encoding.UTF8.GetString(output.ToArray());
        var start = html.IndexOf(DataStart, StringComparison.Ordinal) + DataStart.Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        Assert.True(start > DataStart.Length && end > start, "The report has no data element.");
        return JsonDocument.Parse(html[start..end]);
    }
}
