using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioning.TestSupport;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// <c>provision run --dates FROM..TO</c>, in this process and with <c>--parallel</c> worker processes, on the sample
/// store. Thanksgiving week 2024 on XNYS: Mon 11-25, Tue 11-26, Wed 11-27, Thu 11-28 closed, Fri 11-29 closing at 13:00,
/// so four sessions; each session's report must be the one <c>--date</c> gives for that day.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class RunDatesTests(SampleDataFixture sample)
{
    private const string Config = """
        { "symbols": ["AAPL"], "streams": ["1m"], "derivedIntervals": ["5m"], "historical": { "enabled": true, "trailingDays": 2 },
          "indicators": [ { "name": "sma", "interval": "5m", "parameters": { "period": 3 } } ] }
        """;

    private static readonly string[] Week = ["2024-11-25", "2024-11-26", "2024-11-27", "2024-11-29"];

    [Fact]
    public void Dates_replays_each_session_of_the_range_and_merges_the_reports_of_the_single_day_runs()
    {
        var config = sample.WriteConfig(Config);

        var run = CliRun.Of("run", "-c", config, "-d", sample.DataRoot, "--dates", "2024-11-25..2024-11-29", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = run.Json();
        var sessions = report.GetProperty("sessions").EnumerateArray().ToArray();
        Assert.Equal(Week, sessions.Select(s => s.GetProperty("date").GetString()).ToArray());
        for (var i = 0; i < Week.Length; i++)
        {
            var single = CliRun.Of("run", "-c", config, "-d", sample.DataRoot, "--date", Week[i], "--json");
            Assert.Equal(RunReportText.WithoutTimings(single.Json()), RunReportText.WithoutTimings(sessions[i]));
        }

        var summary = report.GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("sessions").GetInt32());
        Assert.Equal(4, summary.GetProperty("sessionsOk").GetInt32());
        Assert.Equal(8, summary.GetProperty("additions").GetInt32()); // the symbol and sma(3)@5m, each day
        Assert.Equal(8, summary.GetProperty("succeeded").GetInt32());
        Assert.Equal(1, report.GetProperty("workers").GetInt32());
        Assert.Equal("2024-11-25", report.GetProperty("from").GetString());
        Assert.Equal("2024-11-29", report.GetProperty("to").GetString());
    }

    [Fact]
    public void Parallel_workers_give_the_sessions_of_the_in_process_run()
    {
        var config = sample.WriteConfig(Config);

        var inProcess = CliRun.Of("run", "-c", config, "-d", sample.DataRoot, "--dates", "2024-11-25..2024-11-29", "--json");
        var parallel = CliRun.Of("run", "-c", config, "-d", sample.DataRoot, "--dates", "2024-11-25..2024-11-29", "--parallel", "2", "--json");

        Assert.True(parallel.ExitCode == 0, parallel.ToString());
        Assert.Equal(2, parallel.Json().GetProperty("workers").GetInt32());
        var expected = inProcess.Json().GetProperty("sessions").EnumerateArray().Select(RunReportText.WithoutTimings).ToArray();
        var actual = parallel.Json().GetProperty("sessions").EnumerateArray().Select(RunReportText.WithoutTimings).ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("--dates", "2024-11-29..2024-11-25", "ends before it starts")]
    [InlineData("--dates", "2024-11-28..2024-11-28", "holds no trading session")]
    [InlineData("--dates", "last week", "is not a date range")]
    [InlineData("--parallel", "2", "add --dates")]
    public void Bad_ranges_and_options_are_usage_errors(string option, string value, string message)
    {
        var run = CliRun.Of("run", "-c", sample.WriteConfig(Config), "-d", sample.DataRoot, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error + run.Output, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace, run.ToString());
    }

    [Fact]
    public void Date_with_dates_and_a_zero_worker_count_are_usage_errors()
    {
        var config = sample.WriteConfig(Config);

        var both = CliRun.Of("run", "-c", config, "-d", sample.DataRoot, "--date", "2024-11-26", "--dates", "2024-11-25..2024-11-29");
        var zero = CliRun.Of("run", "-c", config, "-d", sample.DataRoot, "--dates", "2024-11-25..2024-11-29", "--parallel", "0");

        Assert.Equal(2, both.ExitCode);
        Assert.Contains("cannot be used together", both.Error + both.Output, StringComparison.Ordinal);
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("--parallel 0 is not a number of workers", zero.Error + zero.Output, StringComparison.Ordinal);
    }
}
