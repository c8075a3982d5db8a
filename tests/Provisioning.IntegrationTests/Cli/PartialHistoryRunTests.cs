using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// A replay in which AAPL's stored minutes before the replay day lack every 20th bar (5 %, above the default minimum of
/// 90 %): those additions succeed with partial history, and the summary counts them, in the JSON and in a yellow line.
/// </summary>
public sealed class PartialHistoryRunTests : IDisposable
{
    private static readonly DateTime Tuesday = new(2024, 11, 26, 0, 0, 0, DateTimeKind.Utc);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "provision-partial-" + Guid.NewGuid().ToString("N"));

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

    [Fact]
    public async Task The_json_summary_counts_the_additions_that_came_back_short()
    {
        var config = await DemoWithThinnedAaplMinutesAsync();

        var run = CliRun.Of("run", "--config", config, "--date", "2024-11-26", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = run.Json();
        var statuses = report.GetProperty("additions").EnumerateArray()
            .Select(a => (Symbol: a.GetProperty("symbol").GetString()!, Status: a.GetProperty("status").GetString()!))
            .ToArray();
        var partial = statuses.Where(a => a.Status == "SucceededWithPartialHistory").ToArray();
        Assert.NotEmpty(partial);
        Assert.All(partial, a => Assert.Equal("AAPL", a.Symbol));
        var summary = report.GetProperty("summary");
        Assert.Equal(statuses.Length, summary.GetProperty("succeeded").GetInt32());
        Assert.Equal(partial.Length, summary.GetProperty("partialHistory").GetInt32());
    }

    [Fact]
    public async Task The_text_summary_names_how_many_came_back_short()
    {
        var config = await DemoWithThinnedAaplMinutesAsync();
        var json = CliRun.Of("run", "--config", config, "--date", "2024-11-26", "--json").Json();
        var partial = json.GetProperty("additions").EnumerateArray().Count(a => a.GetProperty("status").GetString() == "SucceededWithPartialHistory");

        var run = CliRun.Of("run", "--config", config, "--date", "2024-11-26");

        Assert.True(run.ExitCode == 0, run.ToString());
        var shown = partial == 1 ? "1 addition came back" : partial + " additions came back";
        Assert.Contains(shown + " with less history than expected (SucceededWithPartialHistory; see Reason).", run.Output, StringComparison.Ordinal);
    }

    // The demo `provision sample-data` writes, then AAPL's 1m file rewritten without every 20th bar before the replay day.
    private async Task<string> DemoWithThinnedAaplMinutesAsync()
    {
        var written = CliRun.Of("sample-data", "--out", _root);
        Assert.True(written.ExitCode == 0, written.ToString());
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _root }, ExchangeCalendars.Xnys);
        var kept = new List<Bar>();
        var index = 0;
        await foreach (var batch in store.ReadRangeAsync("AAPL", Interval.Minutes(1), new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)))
        {
            foreach (var bar in batch.Span)
            {
                if (bar.Start >= Tuesday || index++ % 20 != 0)
                {
                    kept.Add(bar);
                }
            }
        }

        Assert.True(index > 1_000, index + " bars before the replay day");
        var file = Path.Combine(_root, "interval=1m", "symbol=AAPL", "year=2024.parquet");
        Assert.True(File.Exists(file), file);
        File.Delete(file);
        store.ClearMetadataCache();
        await new ParquetBarWriter(store).WriteAsync("AAPL", Interval.Minutes(1), kept.ToArray());
        return Path.Combine(_root, "session.json");
    }
}
