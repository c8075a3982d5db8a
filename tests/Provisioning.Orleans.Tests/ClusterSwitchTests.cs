using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Orleans;
using Orleans.Runtime;
using Orleans.TestingHost;
using Provisioning.Cli;
using Provisioning.TestSupport;

namespace Provisioning.Orleans.Tests;

/// <summary>
/// <c>provision run --dates … --cluster</c>: the CLI as an Orleans client of a two-silo TestingHost cluster gives the
/// single-process report, with and without <c>--strategies</c> (the sample's <c>MeanReversion</c>, whose declared
/// indicators the grains must provision); a bad or unreachable cluster is a clear failure.
/// </summary>
public sealed class ClusterSwitchTests(SampleStore sample) : IClassFixture<SampleStore>
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    // One symbol: with strategies, the pre-session additions of several symbols run at once and are reported in the
    // order they finish, which differs from run to run.
    private const string Config = """
        { "symbols": ["AAPL"], "streams": ["1m"], "derivedIntervals": ["5m"], "historical": { "enabled": true, "trailingDays": 2 },
          "indicators": [ { "name": "ema", "interval": "5m", "parameters": { "period": 5 } } ] }
        """;

    private const string Dates = "2024-11-25..2024-11-27";

    [Fact]
    public async Task The_cli_replays_dates_on_the_cluster_with_and_without_strategies_as_in_one_process()
    {
        var config = sample.WriteConfig(Config);
        var strategies = Path.Combine(RepositoryLayout.Root, "samples", "Provisioning.Sample", "bin", Configuration, "net10.0", "Provisioning.Sample.dll");
        Assert.True(File.Exists(strategies), "The sample is not built at " + strategies);
        var plain = Sessions(Run("run", "-c", config, "-d", sample.Folder, "--dates", Dates, "--json"));
        var authored = Sessions(Run("run", "-c", config, "-d", sample.Folder, "--dates", Dates, "--strategies", strategies, "--json"));
        Assert.Equal(3, plain.Length);
        Assert.NotEqual(plain, authored); // MeanReversion's declared indicators make the reports differ.

        var builder = new TestClusterBuilder(2);
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket; // The CLI connects over TCP, as to real silos.
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var address = Path.Combine(sample.Folder, "cluster-" + Guid.NewGuid().ToString("N")[..8] + ".json");
            File.WriteAllText(address, JsonSerializer.Serialize(new
            {
                clusterId = cluster.Options.ClusterId,
                serviceId = cluster.Options.ServiceId,
                gateways = cluster.Silos.Select(s => s.GatewayAddress.Endpoint.ToString()).ToArray(),
            }));

            var onCluster = Run("run", "-c", config, "-d", sample.Folder, "--dates", Dates, "--cluster", address, "--parallel", "2", "--json");
            Assert.Equal(plain, Sessions(onCluster));
            Assert.Equal(0, onCluster.RootElement.GetProperty("exitCode").GetInt32());
            Assert.Equal(3, onCluster.RootElement.GetProperty("summary").GetProperty("sessionsOk").GetInt32());
            Assert.Equal(3, await ReplayGrainsAsync(cluster)); // The sessions were replayed by grains, not by the CLI.

            var authoredOnCluster = Run("run", "-c", config, "-d", sample.Folder, "--dates", Dates, "--strategies", strategies, "--cluster", address, "--json");
            Assert.Equal(authored, Sessions(authoredOnCluster));
            Assert.Equal(6, await ReplayGrainsAsync(cluster)); // Three more keys: the strategies are part of the key.
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("silo-a", "is not host:port")]
    [InlineData("127.0.0.1:70000", "is not host:port")]
    [InlineData("missing-cluster.json", "the file cannot be read")]
    public void A_cluster_address_that_is_not_one_is_a_usage_error_naming_it(string address, string reason)
    {
        var config = sample.WriteConfig(Config);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = Program.Run(["run", "-c", config, "-d", sample.Folder, "--dates", Dates, "--cluster", address, "--json"], output, error);

        Assert.Equal(2, exitCode);
        var message = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("error").GetString()!;
        Assert.StartsWith("--cluster " + address + ": ", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_without_dates_is_a_usage_error_saying_to_add_them()
    {
        var config = sample.WriteConfig(Config);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = Program.Run(["run", "-c", config, "-d", sample.Folder, "--cluster", "127.0.0.1:30000", "--json"], output, error);

        Assert.Equal(2, exitCode);
        var message = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("error").GetString()!;
        Assert.StartsWith("--cluster replays the sessions of --dates on an Orleans cluster; add --dates FROM..TO", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_nobody_listens_on_is_exit_3_naming_the_gateway()
    {
        var config = sample.WriteConfig(Config);
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // A port that was free a moment ago: nothing answers there.
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = Program.Run(["run", "-c", config, "-d", sample.Folder, "--dates", Dates, "--cluster", "127.0.0.1:" + port, "--json"], output, error);

        Assert.Equal(3, exitCode);
        var message = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("error").GetString()!;
        Assert.Contains("no gateway of cluster default answered at 127.0.0.1:" + port, message, StringComparison.Ordinal);
    }

    private static async Task<int> ReplayGrainsAsync(TestCluster cluster)
    {
        var statistics = await cluster.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains(nameof(ReplayGrain), StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }

    private static JsonDocument Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(arguments, output, error);
        Assert.True(exitCode == 0, string.Join(" ", arguments) + " exited " + exitCode + ":\n" + output + "\n" + error);
        return JsonDocument.Parse(output.ToString());
    }

    private static string[] Sessions(JsonDocument report) =>
        report.RootElement.GetProperty("sessions").EnumerateArray().Select(RunReportText.WithoutTimings).ToArray();
}
