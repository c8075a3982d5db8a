using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Generated;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Hosting;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Hosting;

/// <summary>
/// <c>ProvisioningSession.StartAsync</c>, a session without a host: a session.json path, strategies and a replay date
/// are all it takes; a missing file or a config with errors is one exception that says where.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ProvisioningSessionTests(SampleStoreFixture sample) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("prv-hostless-").FullName;

    [Fact]
    public async Task A_replay_started_from_a_session_json_provisions_the_strategy_and_runs_to_the_close()
    {
        var path = Write("session.json", $$"""
            {
              "symbols": ["AAPL", "MSFT"],
              "streams": ["1m"],
              "data": { "root": "{{Json(Path.GetRelativePath(_folder, sample.Root))}}" }
            }
            """);

        await using var session = await ProvisioningSession.StartAsync(path, [new TestBreakout()], new() { ReplayDate = new DateOnly(2024, 11, 26) });
        await session.RunAsync();

        // Two symbols, then TestBreakout's four declarations (1m and 5m bars, test_channel on 15m and on 1h) for each.
        Assert.Equal(2 + (2 * 4), session.StartReport.Results.Count);
        Assert.True(session.StartReport.AllSucceeded, string.Join(" | ", session.StartReport.NotSucceeded.Select(r => r.Reason)));
        Assert.Null(session.LiveFeed);
        Assert.True(session.Data.TryGetSymbol("MSFT", out var msft));
        Assert.True(msft.TryGetBars(Interval.Minutes(5), out var fiveMinutes));
        // 09:30–16:00 is 78 five-minute bars, the last starting at 15:55 EST = 20:55 UTC.
        Assert.Equal(new DateTime(2024, 11, 26, 20, 55, 0, DateTimeKind.Utc), fiveMinutes[fiveMinutes.Count - 1].Start);
        Assert.Equal(78, fiveMinutes.ToArray().Count(b => b.Start.Date == new DateTime(2024, 11, 26)));

        // The session takes additions as any IProvisioningSession; it cannot run twice.
        var added = await session.AddSymbolAsync("SPY", ProvisionSource.Scanner);
        Assert.True(added.Succeeded, added.Reason);
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.RunAsync());
    }

    [Fact]
    public async Task A_config_with_a_typo_fails_with_its_file_line_and_column()
    {
        var path = Write("typo.json", """
            {
              "symbls": ["AAPL"]
            }
            """);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => ProvisioningSession.StartAsync(path));

        Assert.Contains($"{path}:2:3: error PRV0008: Unknown key \"symbls\"", failure.Message);
    }

    [Fact]
    public async Task A_missing_config_file_names_the_path()
    {
        var path = Path.Combine(_folder, "nope.json");

        var failure = await Assert.ThrowsAsync<FileNotFoundException>(() => ProvisioningSession.StartAsync(path));

        Assert.Contains(path, failure.Message);
    }

    [Fact]
    public async Task A_replay_date_that_is_no_session_says_so()
    {
        var path = Write("session.json", $$"""{ "symbols": ["AAPL"], "streams": ["1m"], "data": { "root": "{{Json(sample.Root)}}" } }""");

        // Thanksgiving 2024: XNYS is closed.
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ProvisioningSession.StartAsync(path, options: new() { ReplayDate = new DateOnly(2024, 11, 28) }));

        Assert.Contains("2024-11-28 is not a XNYS session", failure.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Json(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal);
}
