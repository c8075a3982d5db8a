using System.Linq;

namespace Provisioning.IntegrationTests.Cli;

[Collection(SampleDataCollection.Name)]
public sealed class ValidateCommandTests
{
    private readonly SampleDataFixture _sample;

    public ValidateCommandTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    [Fact]
    public void Thanksgiving_week_history_is_complete_and_counts_the_early_close_as_a_short_session()
    {
        var config = _sample.WriteConfig("""
            { "symbols": ["MSFT"], "streams": ["1m"], "historical": { "enabled": true, "trailingDays": 3 } }
            """);

        var run = CliRun.Of("validate", "--config", config, "--data", _sample.DataRoot, "--at", "2024-12-02T09:30", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = run.Json();
        Assert.True(report.GetProperty("ok").GetBoolean());
        var quality = report.GetProperty("quality").EnumerateArray().Single();
        Assert.Equal("MSFT", quality.GetProperty("symbol").GetString());
        Assert.Equal("1m", quality.GetProperty("interval").GetString());
        // Three sessions before Mon 2024-12-02 09:30: Tue 11-26 and Wed 11-27 (390 bars each), Fri 11-29 closing at 13:00
        // (210 bars); Thu 11-28 is Thanksgiving. 390 + 390 + 210 = 990 bars, all present in the sample.
        Assert.Equal(990, quality.GetProperty("expectedBars").GetInt32());
        Assert.Equal(990, quality.GetProperty("presentBars").GetInt32());
        Assert.Equal(100.0, quality.GetProperty("qualityPercent").GetDouble());
        Assert.Equal(3, quality.GetProperty("sessions").GetInt32());
        Assert.Equal(1, quality.GetProperty("earlyCloses").GetInt32());
        Assert.Empty(quality.GetProperty("gaps").EnumerateArray());
    }

    [Fact]
    public void History_before_the_stored_minutes_fails_step_0_and_the_quality_report_counts_the_missing_sessions()
    {
        var config = _sample.WriteConfig("""
            { "symbols": ["AAPL"], "streams": ["1m"], "historical": { "enabled": true, "trailingDays": 5 } }
            """);

        var run = CliRun.Of("validate", "-c", config, "-d", _sample.DataRoot, "--at", "2024-11-05T10:00", "--json", "--min-quality", "50");

        Assert.Equal(1, run.ExitCode);
        var report = run.Json();
        var check = report.GetProperty("checks")[0].GetProperty("checks")[0];
        Assert.False(check.GetProperty("canProceed").GetBoolean());
        Assert.Equal("HistoryStartsTooLate", check.GetProperty("problems")[0].GetProperty("kind").GetString());
        // Five sessions before Tue 2024-11-05 10:00: Oct 29, 30, 31, Nov 1 and Nov 4, plus the 30 bars of Nov 5 from 09:30.
        // Expected 5 × 390 + 30 = 1980; the sample's minutes start on Nov 1: 390 + 390 + 30 = 810 present, in 3 gaps.
        var quality = report.GetProperty("quality")[0];
        Assert.Equal(1980, quality.GetProperty("expectedBars").GetInt32());
        Assert.Equal(810, quality.GetProperty("presentBars").GetInt32());
        Assert.Equal(3, quality.GetProperty("gaps").GetArrayLength());
        Assert.Equal(1, report.GetProperty("summary").GetProperty("belowMinimumQuality").GetInt32());
    }

    [Fact]
    public void Text_report_has_the_step_0_table_and_the_quality_table()
    {
        var config = _sample.WriteConfig("""
            {
              "symbols": ["SPY", "NVDA"],
              "streams": ["1m", "1d"],
              "historical": { "enabled": true, "trailingDays": 2 },
              "indicators": [ { "name": "ema", "interval": "15m", "parameters": { "period": 10 } } ]
            }
            """);

        var run = CliRun.Of("validate", "-c", config, "-d", _sample.DataRoot, "--at", "2024-12-10T12:00");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Step 0", run.Output);
        Assert.Contains("ema(10)@15m", run.Output);
        Assert.Contains("Data quality", run.Output);
        Assert.Contains("Valid: 4 additions pass Step 0; 4 series measured.", run.Output);
    }

    [Fact]
    public void Min_quality_outside_0_to_100_is_a_usage_error()
    {
        var config = _sample.WriteConfig("""{ "symbols": ["AAPL"] }""");

        var run = CliRun.Of("validate", "-c", config, "-d", _sample.DataRoot, "--min-quality", "150");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--min-quality 150 is not a percentage", run.Error);
    }
}
