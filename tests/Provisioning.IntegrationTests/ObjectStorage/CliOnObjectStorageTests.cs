using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Data.Sample;
using Provisioning.IntegrationTests.Cli;

namespace Provisioning.IntegrationTests.ObjectStorage;

/// <summary>
/// <c>provision validate</c> and <c>provision run</c> with <c>"data": { "root": "s3://…" }</c> on s3rver: Step 0, the
/// quality report and a replay give what they give on the same sample data on disk (figures worked out by hand in
/// <see cref="ValidateCommandTests"/> and <see cref="RunCommandTests"/>).
/// </summary>
[Collection(S3rverCollection.Name)]
public sealed class CliOnObjectStorageTests(S3rverFixture server) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "prv-cli-s3-" + Guid.NewGuid().ToString("N")[..8]);
    private string _bucket = string.Empty;

    public async Task InitializeAsync()
    {
        await new SampleDataGenerator(ExchangeCalendars.Xnys).EnsureAsync(Path.Combine(_folder, "data"));
        _bucket = await server.NewBucketAsync();
        await server.UploadTreeAsync(Path.Combine(_folder, "data"), _bucket, "sample/");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Validate_on_an_s3_root_gives_step_0_and_the_quality_report_of_the_same_data_on_disk()
    {
        var onS3 = CliRun.Of("validate", "--config", Config("""{ "symbols": ["MSFT"], "streams": ["1m"], "historical": { "enabled": true, "trailingDays": 3 } }"""),
            "--at", "2024-12-02T09:30", "--json");

        Assert.True(onS3.ExitCode == 0, onS3.ToString());
        var quality = onS3.Json().GetProperty("quality").EnumerateArray().Single();
        // Tue 11-26 and Wed 11-27 (390 bars each) and the 13:00 close of Fri 11-29 (210): 990 bars, all present.
        Assert.Equal(990, quality.GetProperty("expectedBars").GetInt32());
        Assert.Equal(990, quality.GetProperty("presentBars").GetInt32());
        Assert.Equal(1, quality.GetProperty("earlyCloses").GetInt32());
        Assert.Equal("s3://" + _bucket + "/sample", onS3.Json().GetProperty("dataRoot").GetString());

        var onDisk = CliRun.Of("validate", "--config", Config("""{ "symbols": ["MSFT"], "streams": ["1m"], "historical": { "enabled": true, "trailingDays": 3 } }"""),
            "--data", Path.Combine(_folder, "data"), "--at", "2024-12-02T09:30", "--json");
        Assert.Equal(WithoutRoot(onDisk.Json()), WithoutRoot(onS3.Json()));
    }

    [Fact]
    public void Run_on_an_s3_root_replays_the_early_close_as_on_disk()
    {
        const string session = """
            { "symbols": ["AAPL"], "streams": ["1m"], "derivedIntervals": ["5m"], "historical": { "enabled": true, "trailingDays": 2 },
              "indicators": [ { "name": "sma", "interval": "5m", "parameters": { "period": 3 } } ] }
            """;
        var onS3 = CliRun.Of("run", "--config", Config(session), "--date", "2024-11-29", "--json");

        Assert.True(onS3.ExitCode == 0, onS3.ToString());
        var series = onS3.Json().GetProperty("symbols")[0].GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("interval").GetString()!);
        Assert.Equal(990, series["1m"].GetProperty("bars").GetInt32()); // 2 x 390 of history + 210 streamed
        var onDisk = CliRun.Of("run", "--config", Config(session), "--data", Path.Combine(_folder, "data"), "--date", "2024-11-29", "--json");
        Assert.Equal(WithoutRoot(onDisk.Json()), WithoutRoot(onS3.Json()));
    }

    [Fact]
    public void An_unusable_s3_root_in_the_config_is_a_config_error_at_its_place()
    {
        var path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, """
            { "symbols": ["AAPL"],
              "data": { "root": "s3://Bad_Bucket/x", "pathStyle": "yes" } }
            """);

        var run = CliRun.Of("validate", "--config", path, "--json");

        Assert.Equal(1, run.ExitCode); // ExitCodes.ValidationFailed: the config is wrong
        Assert.Contains("bucket name", run.Output, StringComparison.Ordinal);
        Assert.Contains("data.pathStyle", run.Output, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace, run.ToString());
    }

    private string Config(string session)
    {
        using var document = JsonDocument.Parse(session);
        var withData = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value.Clone());
        withData["data"] = new { root = "s3://" + _bucket + "/sample", endpoint = server.Endpoint, region = "us-east-1", pathStyle = true };
        var path = Path.Combine(_folder, "session-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(withData));
        return path;
    }

    // The reports differ only in where the config and the data are, and in times measured.
    private static string WithoutRoot(JsonElement report)
    {
        var parsed = System.Text.Json.Nodes.JsonNode.Parse(report.ToString())!;
        parsed.AsObject().Remove("dataRoot");
        parsed.AsObject().Remove("config");
        RemoveDurations(parsed);
        return parsed.ToJsonString();
    }

    private static void RemoveDurations(System.Text.Json.Nodes.JsonNode? node)
    {
        if (node is System.Text.Json.Nodes.JsonObject item)
        {
            foreach (var name in item.Select(p => p.Key).Where(k => k.EndsWith("Milliseconds", StringComparison.Ordinal)).ToArray())
            {
                item.Remove(name);
            }

            foreach (var (_, child) in item)
            {
                RemoveDurations(child);
            }
        }
        else if (node is System.Text.Json.Nodes.JsonArray list)
        {
            foreach (var child in list)
            {
                RemoveDurations(child);
            }
        }
    }
}
