using System.Linq;
using System.Text.Json;

namespace Provisioning.IntegrationTests.Cli;

[Collection(SampleDataCollection.Name)]
public sealed class PlanCommandTests
{
    // One symbol with two trading days of 1m history, a 5m series and SMA(3) on 5m; warm-up multiplier 2.
    private const string Config = """
        {
          "symbols": ["AAPL"],
          "streams": ["1m"],
          "derivedIntervals": ["5m"],
          "historical": { "enabled": true, "trailingDays": 2 },
          "warmupMultiplier": 2,
          "indicators": [ { "name": "sma", "interval": "5m", "parameters": { "period": 3 } } ]
        }
        """;

    private readonly SampleDataFixture _sample;

    public PlanCommandTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    [Fact]
    public void Plan_with_remove_shows_the_typed_removal_steps_of_a_config_symbol_after_its_additions()
    {
        var config = _sample.WriteConfig(Config);

        var run = CliRun.Of("plan", "--config", config, "--data", _sample.DataRoot, "--at", "2024-11-26T10:30", "--remove", "AAPL", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var additions = run.Json().GetProperty("additions").EnumerateArray().ToArray();
        Assert.Equal(3, additions.Length);
        var removal = additions[2];
        Assert.Equal("remove symbol AAPL", removal.GetProperty("addition").GetString());
        Assert.True(removal.GetProperty("canProceed").GetBoolean());

        // What the symbol and its SMA(3) on 5m added, taken back in dependency order.
        Assert.Equal(
            new[] { "UnregisterIndicator", "StopSessionStream", "DropInterval", "DropInterval", "DropSymbol" },
            removal.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("type").GetString()).ToArray());
    }

    [Fact]
    public void Json_plan_lists_the_typed_steps_of_the_symbol_and_plans_the_indicator_against_the_state_the_symbol_leaves()
    {
        var config = _sample.WriteConfig(Config);

        var run = CliRun.Of("plan", "--config", config, "--data", _sample.DataRoot, "--at", "2024-11-26T10:30", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var plan = run.Json();
        Assert.Equal("plan", plan.GetProperty("command").GetString());
        Assert.True(plan.GetProperty("ok").GetBoolean());
        // 10:30 in New York on 2024-11-26 (EST, UTC-5) is 15:30 UTC.
        Assert.Equal("2024-11-26T15:30:00Z", plan.GetProperty("atUtc").GetString());

        var additions = plan.GetProperty("additions").EnumerateArray().ToArray();
        Assert.Equal(2, additions.Length);

        var symbol = additions[0];
        Assert.Equal("AAPL", symbol.GetProperty("symbol").GetString());
        Assert.Equal("Symbol", symbol.GetProperty("operation").GetString());
        Assert.Equal("Config", symbol.GetProperty("source").GetString());
        Assert.True(symbol.GetProperty("canProceed").GetBoolean());
        var steps = symbol.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(
            new[] { "CreateSymbol", "AddInterval", "AddInterval", "LoadHistorical", "StartSessionStream" },
            steps.Select(s => s.GetProperty("type").GetString()).ToArray());
        Assert.Equal("1m", steps[1].GetProperty("interval").GetString());
        Assert.Equal("5m", steps[2].GetProperty("interval").GetString());
        Assert.Equal("1m", steps[2].GetProperty("builtFrom").GetString());

        // Two trading days before 10:30 on Tue 2024-11-26 are Fri 11-22 and Mon 11-25 (390 one-minute bars each, 09:30-16:00),
        // plus the 60 bars of 11-26 from the open to 10:30: 840 bars touching 3 sessions, from 11-22 09:30 EST (14:30 UTC).
        var load = steps[3];
        Assert.Equal("1m", load.GetProperty("interval").GetString());
        Assert.Equal(840, load.GetProperty("bars").GetInt32());
        Assert.Equal(3, load.GetProperty("tradingDays").GetInt32());
        Assert.Equal("2024-11-22T14:30:00Z", load.GetProperty("fromUtc").GetString());
        Assert.Equal("2024-11-26T15:30:00Z", load.GetProperty("toUtc").GetString());

        // Step 0 read the store's metadata: the sample holds AAPL 1m bars from 2024-11-01 09:30 EDT (13:30 UTC).
        var check = symbol.GetProperty("checks").EnumerateArray().Single();
        Assert.True(check.GetProperty("canProceed").GetBoolean());
        Assert.Equal("2024-11-01T13:30:00Z", check.GetProperty("firstStoredUtc").GetString());

        // SMA(3) on 5m warms on 3 × 2 = 6 five-minute bars counted back from Tuesday's open (Monday 15:30-16:00) and is
        // fed Tuesday's bars so far (09:30-10:30): 30 + 60 one-minute bars, which the symbol's history already holds: the
        // indicator's plan is only the registration.
        var indicator = additions[1];
        Assert.Equal("sma(3)@5m", indicator.GetProperty("indicator").GetString());
        Assert.Equal(6, indicator.GetProperty("history").GetProperty("bars").GetInt32());
        Assert.Equal(90, indicator.GetProperty("historyLoads")[0].GetProperty("bars").GetInt32());
        var register = indicator.GetProperty("steps").EnumerateArray().Single();
        Assert.Equal("RegisterIndicator", register.GetProperty("type").GetString());
        Assert.Equal("sma(3)@5m", register.GetProperty("spec").GetProperty("key").GetString());

        var summary = plan.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("additions").GetInt32());
        Assert.Equal(0, summary.GetProperty("blocked").GetInt32());
        Assert.Equal(6, summary.GetProperty("steps").GetInt32());
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Text_plan_shows_each_step_and_a_summary_table_and_loads_nothing()
    {
        var config = _sample.WriteConfig(Config);

        var run = CliRun.Of("plan", "--config", config, "--data", _sample.DataRoot, "--at", "2024-11-26T10:30");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("create symbol AAPL", run.Output);
        Assert.Contains("add interval 5m for AAPL (aggregated from 1m)", run.Output);
        Assert.Contains("load 840 historical 1m bars for AAPL over 3 trading days", run.Output);
        Assert.Contains("register indicator sma(3)@5m for AAPL", run.Output);
        Assert.Contains("Step 0 ok", run.Output);
        Assert.Contains("Plan: 2 additions, 6 steps.", run.Output);
        Assert.Contains("Nothing is loaded", run.Output);
        Assert.DoesNotContain("\u001b[", run.Output);
    }

    [Fact]
    public void A_symbol_the_store_does_not_hold_cannot_proceed_and_the_plan_exits_with_1()
    {
        var config = _sample.WriteConfig("""{ "symbols": ["AAPL", "APPL"], "streams": ["1m"] }""");

        var run = CliRun.Of("plan", "-c", config, "-d", _sample.DataRoot, "--at", "2024-11-26", "--json");

        Assert.Equal(1, run.ExitCode);
        var additions = run.Json().GetProperty("additions").EnumerateArray().ToArray();
        Assert.True(additions[0].GetProperty("canProceed").GetBoolean());
        var missing = additions[1];
        Assert.False(missing.GetProperty("canProceed").GetBoolean());
        Assert.Empty(missing.GetProperty("steps").EnumerateArray());
        var problem = missing.GetProperty("checks")[0].GetProperty("problems")[0];
        Assert.Equal("UnknownSymbol", problem.GetProperty("kind").GetString());
        Assert.Contains(missing.GetProperty("checks")[0].GetProperty("suggestions").EnumerateArray(), s => s.GetString()!.Contains("AAPL", System.StringComparison.Ordinal));
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void A_date_alone_is_that_session_s_open_in_utc()
    {
        var config = _sample.WriteConfig("""{ "symbols": ["SPY"], "streams": ["1m"] }""");

        var run = CliRun.Of("plan", "-c", config, "-d", _sample.DataRoot, "--at", "2024-07-03", "--json");

        // 2024-07-03 is a 13:00 early close, but it opens at 09:30 EDT (UTC-4): 13:30 UTC.
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2024-07-03T13:30:00Z", run.Json().GetProperty("atUtc").GetString());
    }
}
