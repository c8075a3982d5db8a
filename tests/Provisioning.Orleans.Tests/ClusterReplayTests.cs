using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Orleans.TestingHost;
using Provisioning.Cli;
using Provisioning.Cli.Cluster;
using Provisioning.TestSupport;

namespace Provisioning.Orleans.Tests;

/// <summary>
/// A week of replays spread over a two-silo Orleans cluster (TestingHost, in-process) gives the sessions of the
/// single-process <c>provision run --dates</c>: Thanksgiving week 2024 on XNYS, four sessions (Thursday closed).
/// </summary>
public sealed class ClusterReplayTests(SampleStore sample) : IClassFixture<SampleStore>
{
    private const string Config = """
        { "symbols": ["AAPL"], "streams": ["1m"], "derivedIntervals": ["5m"], "historical": { "enabled": true, "trailingDays": 2 },
          "indicators": [ { "name": "sma", "interval": "5m", "parameters": { "period": 3 } } ] }
        """;

    [Fact]
    public async Task A_week_replayed_by_grains_on_two_silos_gives_the_single_process_report()
    {
        var config = sample.WriteConfig(Config);
        var dates = new[] { new DateOnly(2024, 11, 25), new DateOnly(2024, 11, 26), new DateOnly(2024, 11, 27), new DateOnly(2024, 11, 29) };
        using var output = new System.IO.StringWriter();
        using var error = new System.IO.StringWriter();
        var exitCode = Program.Run(["run", "-c", config, "-d", sample.Folder, "--dates", "2024-11-25..2024-11-29", "--json"], output, error);
        Assert.True(exitCode == 0, output + "\n" + error);
        using var single = JsonDocument.Parse(output.ToString());

        var cluster = new TestClusterBuilder(2).Build();
        await cluster.DeployAsync();
        try
        {
            Assert.Equal(2, cluster.Silos.Count);

            var sessions = await ClusterReplays.RunAsync(cluster.GrainFactory, config, sample.Folder, dates);

            var expected = single.RootElement.GetProperty("sessions").EnumerateArray().Select(RunReportText.WithoutTimings).ToArray();
            Assert.Equal(4, expected.Length);
            Assert.Equal(expected, sessions.Select(RunReportText.WithoutTimings).ToArray());
            Assert.All(sessions, s => Assert.True(s.GetProperty("ok").GetBoolean()));
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public void A_replay_key_round_trips_whatever_its_paths_hold()
    {
        var key = new ReplayKey("/a|b/\"q\"/session.json", null, new DateOnly(2024, 11, 29));
        var withStrategies = key with { Data = "s3://bars/minute", Strategies = "/x/My,Strategies.dll" };

        Assert.Equal(key, ReplayKey.Parse(key.Format()));
        Assert.Equal(withStrategies, ReplayKey.Parse(withStrategies.Format()));
        Assert.Throws<FormatException>(() => ReplayKey.Parse("session.json|2024-11-29"));
    }
}
