using System.IO;

namespace Provisioning.IntegrationTests.Cli;

[Collection(SampleDataCollection.Name)]
public sealed class SampleDataCommandTests
{
    private readonly SampleDataFixture _sample;

    public SampleDataCommandTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    [Fact]
    public void Writes_the_store_and_an_example_config_that_plan_accepts_and_a_second_run_rewrites_nothing()
    {
        var folder = _sample.NewPath("demo");

        var first = CliRun.Of("sample-data", "--out", folder, "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        var report = first.Json();
        Assert.True(report.GetProperty("dataWritten").GetBoolean());
        Assert.True(report.GetProperty("configWritten").GetBoolean());
        Assert.Equal(6, report.GetProperty("symbols").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(folder, "interval=1m", "symbol=AAPL", "year=2024.parquet")));
        Assert.True(File.Exists(Path.Combine(folder, "interval=1d", "symbol=PLTR", "year=2023.parquet")));
        Assert.True(File.Exists(Path.Combine(folder, "session.json")));

        // The example config's data root is its own folder: no --data needed.
        var plan = CliRun.Of("plan", "--config", Path.Combine(folder, "session.json"), "--at", "2024-11-26T09:30");
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Contains("Nothing is in the way", plan.Output);

        var second = CliRun.Of("sample-data", "-o", folder, "--json");
        Assert.Equal(0, second.ExitCode);
        Assert.False(second.Json().GetProperty("dataWritten").GetBoolean());
        Assert.False(second.Json().GetProperty("configWritten").GetBoolean());
    }

    [Fact]
    public void Out_naming_a_file_is_a_usage_error()
    {
        var file = _sample.NewPath("file");
        File.WriteAllText(file, "not a folder");

        var run = CliRun.Of("sample-data", "--out", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void Exchange_writes_the_sample_on_that_calendar_and_plan_and_run_accept_it()
    {
        var folder = _sample.NewPath("demo-tokyo");

        var written = CliRun.Of("sample-data", "--out", folder, "--exchange", "XTKS", "--json");

        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains("\"exchange\": \"XTKS\"", File.ReadAllText(Path.Combine(folder, "session.json")));

        // Tuesday 2024-11-26 09:30 JST is half an hour into a Tokyo session: Step 0 on XTKS finds the history complete,
        // which it would not if the bars followed New York's sessions.
        var config = Path.Combine(folder, "session.json");
        var plan = CliRun.Of("plan", "--config", config, "--at", "2024-11-26T09:30");
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Contains("Nothing is in the way", plan.Output);

        // A replay of that Tokyo session: 09:00-11:30 and 12:30-15:30 JST (the later close since 5 November) = 330 minutes.
        var run = CliRun.Of("run", "--config", config, "--date", "2024-11-26", "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"1m\"", run.Output);

        // Without --exchange, the folder's config decides: a second run keeps XTKS and rewrites nothing.
        var again = CliRun.Of("sample-data", "--out", folder, "--json");
        Assert.Equal(0, again.ExitCode);
        Assert.False(again.Json().GetProperty("dataWritten").GetBoolean());
    }

    [Fact]
    public void An_unknown_exchange_is_a_usage_error_listing_the_known_ones()
    {
        var run = CliRun.Of("sample-data", "--out", _sample.NewPath("nowhere"), "--exchange", "XXXX");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No exchange calendar is named \"XXXX\"; the known ones are XNYS, XLON, XTKS, CMES, 24/7, 24/5", run.Error);
        Assert.False(run.HasStackTrace);
    }
}
