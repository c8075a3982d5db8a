using System.Linq;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// <c>provision validate</c> lists each config symbol's corporate actions and mode; <c>provision plan</c> says when an
/// action falls inside a history window, with a warning under Raw. The sample holds an MSFT 2-for-1 split and an AAPL
/// 0.25 dividend, both ex 2024-11-27 (the expected values are those facts).
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class CorporateActionCommandTests(SampleDataFixture sample)
{
    [Fact]
    public void Validate_lists_the_actions_and_the_mode_of_each_config_symbol()
    {
        var config = sample.WriteConfig("""
            { "normalization": "Adjusted", "symbols": ["AAPL", { "symbol": "MSFT", "normalization": "SplitAdjusted" }, "SPY"], "streams": ["1m"],
              "historical": { "enabled": true, "trailingDays": 3 } }
            """);

        var run = CliRun.Of("validate", "--config", config, "--data", sample.DataRoot, "--at", "2024-12-02T09:30", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var symbols = run.Json().GetProperty("corporateActions").EnumerateArray().ToDictionary(s => s.GetProperty("symbol").GetString()!);
        Assert.Equal("Adjusted", symbols["AAPL"].GetProperty("normalization").GetString());
        Assert.Equal("SplitAdjusted", symbols["MSFT"].GetProperty("normalization").GetString());
        var split = symbols["MSFT"].GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("2024-11-27", split.GetProperty("exDate").GetString());
        Assert.Equal("split", split.GetProperty("kind").GetString());
        Assert.Equal(2, split.GetProperty("value").GetDouble());
        var dividend = symbols["AAPL"].GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("dividend", dividend.GetProperty("kind").GetString());
        Assert.Equal(0.25, dividend.GetProperty("value").GetDouble());
        Assert.Empty(symbols["SPY"].GetProperty("actions").EnumerateArray());

        var text = CliRun.Of("validate", "--config", config, "--data", sample.DataRoot, "--at", "2024-12-02T09:30");
        Assert.Contains("MSFT (SplitAdjusted): 2-for-1 split on 2024-11-27", text.Output, System.StringComparison.Ordinal);
        Assert.Contains("AAPL (Adjusted): dividend of 0.25 per share on 2024-11-27", text.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_names_an_action_inside_a_window_and_warns_under_Raw()
    {
        var config = sample.WriteConfig("""
            { "symbols": ["MSFT"], "streams": ["1m"], "historical": { "enabled": true, "trailingDays": 3 } }
            """);

        var run = CliRun.Of("plan", "--config", config, "--data", sample.DataRoot, "--at", "2024-12-02T09:30", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json().ToString();
        Assert.Contains("MSFT 1m history from 2024-11-26 to the session of 2024-12-02 spans 2-for-1 split on 2024-11-27 and is loaded Raw", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_quality_names_the_split_inside_its_range_and_Step_0_counts_the_table()
    {
        var config = sample.WriteConfig("""
            { "symbols": ["MSFT"], "streams": ["1m"], "historical": { "enabled": true, "trailingDays": 3 } }
            """);

        // History of 11-26, 11-27 and 11-29: the split's ex-date 11-27 is inside.
        var run = CliRun.Of("validate", "--config", config, "--data", sample.DataRoot, "--at", "2024-12-02T09:30", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json();
        var inside = json.GetProperty("quality").EnumerateArray().Single().GetProperty("corporateActions");
        Assert.Equal(1, inside.GetProperty("count").GetInt32());
        var split = inside.GetProperty("listed").EnumerateArray().Single();
        Assert.Equal("2024-11-27", split.GetProperty("exDate").GetString());
        Assert.Equal("split", split.GetProperty("kind").GetString());
        Assert.Equal(2, split.GetProperty("value").GetDouble());
        var stored = json.GetProperty("checks")[0].GetProperty("checks")[0].GetProperty("storedCorporateActions");
        Assert.Equal(1, stored.GetProperty("count").GetInt32());
        Assert.Equal("2024-11-27", stored.GetProperty("firstExDate").GetString());
        Assert.Equal("2024-11-27", stored.GetProperty("lastExDate").GetString());

        var text = CliRun.Of("validate", "--config", config, "--data", sample.DataRoot, "--at", "2024-12-02T09:30");
        Assert.Contains("2-for-1 split on 2024-11-27 inside this range", text.Output, System.StringComparison.Ordinal);
        Assert.Contains("store: 1 corporate action, ex-date 2024-11-27", text.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_quality_of_a_range_after_the_split_names_none_while_Step_0_still_counts_it()
    {
        var config = sample.WriteConfig("""
            { "symbols": ["MSFT"], "streams": ["1m"], "historical": { "enabled": true, "trailingDays": 3 } }
            """);

        // History of 12-05, 12-06 and 12-09: after the split's ex-date 11-27.
        var run = CliRun.Of("validate", "--config", config, "--data", sample.DataRoot, "--at", "2024-12-10T09:30", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json();
        var inside = json.GetProperty("quality").EnumerateArray().Single().GetProperty("corporateActions");
        Assert.Equal(0, inside.GetProperty("count").GetInt32());
        Assert.Empty(inside.GetProperty("listed").EnumerateArray());
        Assert.Equal(1, json.GetProperty("checks")[0].GetProperty("checks")[0].GetProperty("storedCorporateActions").GetProperty("count").GetInt32());

        var text = CliRun.Of("validate", "--config", config, "--data", sample.DataRoot, "--at", "2024-12-10T09:30");
        Assert.DoesNotContain("inside this range", text.Output, System.StringComparison.Ordinal);
    }
}
