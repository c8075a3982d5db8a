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
}
