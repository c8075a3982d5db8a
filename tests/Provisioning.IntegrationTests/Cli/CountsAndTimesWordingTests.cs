using System.Linq;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// The wording of counts and times in what the commands print: counts grouped one way ("1,950"), nouns singular for one
/// ("1 trading day"), and times with their date and the session they belong to.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class CountsAndTimesWordingTests
{
    private readonly SampleDataFixture _sample;

    public CountsAndTimesWordingTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    private string Config(int trailingDays) =>
        _sample.WriteConfig($$"""{ "symbols": ["AAPL"], "streams": ["1m"], "historical": { "enabled": true, "trailingDays": {{trailingDays}} } }""");

    [Fact]
    public void One_trading_day_of_history_is_singular_in_the_plan_and_its_step()
    {
        var config = Config(1);

        var text = CliRun.Of("plan", "-c", config, "-d", _sample.DataRoot, "--at", "2024-11-26T09:30");
        var json = CliRun.Of("plan", "-c", config, "-d", _sample.DataRoot, "--at", "2024-11-26T09:30", "--json");

        // One session before the open of Tue 2024-11-26 (14:30 UTC): Mon 11-25, 390 one-minute bars; 11-25..11-26 is 2 calendar days.
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("history: 390 1m bars over 1 trading day (2 calendar days), 2024-11-25 14:30Z .. 2024-11-26 14:30Z", text.Output);
        Assert.Contains("Plan: 1 addition, 4 steps.", text.Output);
        var load = json.Json().GetProperty("additions")[0].GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "LoadHistorical");
        Assert.Equal("load 390 historical 1m bars for AAPL over 1 trading day (2024-11-25 14:30Z .. 2024-11-26 14:30Z)", load.GetProperty("description").GetString());
    }

    [Fact]
    public void The_bar_count_is_grouped_the_same_way_in_the_history_and_the_step()
    {
        var config = Config(5);

        var text = CliRun.Of("plan", "-c", config, "-d", _sample.DataRoot, "--at", "2024-11-26T09:30");
        var json = CliRun.Of("plan", "-c", config, "-d", _sample.DataRoot, "--at", "2024-11-26T09:30", "--json");

        // Five sessions before 2024-11-26's open: 11-19..11-25, 5 × 390 = 1,950 bars over 8 calendar days.
        Assert.Contains("history: 1,950 1m bars over 5 trading days (8 calendar days), 2024-11-19 14:30Z .. 2024-11-26 14:30Z", text.Output);
        var load = json.Json().GetProperty("additions")[0].GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "LoadHistorical");
        Assert.Equal("load 1,950 historical 1m bars for AAPL over 5 trading days (2024-11-19 14:30Z .. 2024-11-26 14:30Z)", load.GetProperty("description").GetString());
    }

    [Fact]
    public void The_stream_start_shows_its_date_and_says_it_is_the_previous_session_s_close()
    {
        var config = Config(1);

        var run = CliRun.Of("run", "-c", config, "-d", _sample.DataRoot, "--date", "2024-11-26", "--json");

        // The history ends with Mon 11-25's last bar, so the stream starts at that session's close: 16:00 EST = 21:00 UTC.
        Assert.True(run.ExitCode == 0, run.ToString());
        var steps = run.Json().GetProperty("additions")[0].GetProperty("steps").EnumerateArray().ToArray();
        var stream = steps.Single(s => s.GetProperty("type").GetString() == "StartSessionStream");
        Assert.Equal("1m stream subscribed from 2024-11-25 21:00Z (the close of the 2024-11-25 session)", stream.GetProperty("message").GetString());
        var load = steps.Single(s => s.GetProperty("type").GetString() == "LoadHistorical");
        Assert.Equal("390 of 390 expected 1m bars loaded", load.GetProperty("message").GetString());
    }

    [Fact]
    public void One_addition_is_singular_in_the_closing_line()
    {
        var run = CliRun.Of("run", "-c", Config(1), "-d", _sample.DataRoot, "--date", "2024-11-26");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Replayed 2024-11-26: 1 addition succeeded in ", run.Output);
    }

    [Fact]
    public void Validate_groups_the_counts_of_the_quality_line_and_its_gaps()
    {
        // The sample's 1m bars start 2024-11-01: the five sessions before 2024-10-15 (Oct 8-11, 14) are all missing.
        var run = CliRun.Of("validate", "-c", Config(5), "-d", _sample.DataRoot, "--at", "2024-10-15");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("AAPL 1m: 0/1,950 bars (0%) in 5 sessions, 5 gaps", run.Output);
        Assert.Contains("  gap on 2024-10-08: 390 bars missing, 2024-10-08 13:30 .. 2024-10-08 20:00", run.Output);
        Assert.Contains("Not valid: 1 of 1 addition fails Step 0.", run.Output);
    }
}
