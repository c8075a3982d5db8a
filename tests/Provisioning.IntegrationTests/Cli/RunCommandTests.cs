using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Data.Store;
using Provisioning.Intervals;

namespace Provisioning.IntegrationTests.Cli;

[Collection(SampleDataCollection.Name)]
public sealed class RunCommandTests
{
    private const string Config = """
        {
          "symbols": ["AAPL"],
          "streams": ["1m"],
          "derivedIntervals": ["5m"],
          "historical": { "enabled": true, "trailingDays": 2 },
          "indicators": [ { "name": "sma", "interval": "5m", "parameters": { "period": 3 } } ]
        }
        """;

    private readonly SampleDataFixture _sample;

    public RunCommandTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    [Fact]
    public async Task Replaying_the_early_close_after_thanksgiving_loads_history_streams_the_short_day_and_updates_the_indicator()
    {
        var config = _sample.WriteConfig(Config);

        var run = CliRun.Of("run", "--config", config, "--data", _sample.DataRoot, "--date", "2024-11-29", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = run.Json();
        Assert.Equal("2024-11-29", report.GetProperty("date").GetString());
        Assert.True(report.GetProperty("earlyClose").GetBoolean());
        Assert.Equal(
            new[] { ("symbol AAPL", "Succeeded"), ("sma(3)@5m", "Succeeded") },
            report.GetProperty("additions").EnumerateArray().Select(a => (a.GetProperty("addition").GetString()!, a.GetProperty("status").GetString()!)).ToArray());

        var symbol = report.GetProperty("symbols").EnumerateArray().Single();
        Assert.Equal("Config", symbol.GetProperty("addedBy").GetString());
        Assert.True(symbol.GetProperty("meetsSessionConfigRequirements").GetBoolean());
        var series = symbol.GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("interval").GetString()!);
        // History: the two sessions before Fri 11-29 are Tue 11-26 and Wed 11-27 (Thu is Thanksgiving), 390 bars each.
        // Streamed: 09:30-13:00 on the early close, 210 bars, the last starting 12:59 EST = 17:59 UTC. 780 + 210 = 990.
        Assert.Equal(990, series["1m"].GetProperty("bars").GetInt32());
        Assert.Equal("2024-11-29T17:59:00Z", series["1m"].GetProperty("lastBarUtc").GetString());
        // 5m bars are built from those minutes: 990 / 5 = 198, the last one 12:55-13:00 EST.
        Assert.Equal(198, series["5m"].GetProperty("bars").GetInt32());
        Assert.Equal("2024-11-29T17:55:00Z", series["5m"].GetProperty("lastBarUtc").GetString());

        // SMA(3) on 5m at the close: the mean of the closes of the last three 5m bars, each the close of its last
        // minute (12:49, 12:54 and 12:59 EST), read from the store here without the session.
        var minutes = await ReadMinutesAsync("AAPL", new DateTime(2024, 11, 29, 17, 45, 0, DateTimeKind.Utc), new DateTime(2024, 11, 29, 18, 0, 0, DateTimeKind.Utc));
        var expected = (minutes[new DateTime(2024, 11, 29, 17, 49, 0, DateTimeKind.Utc)]
            + minutes[new DateTime(2024, 11, 29, 17, 54, 0, DateTimeKind.Utc)]
            + minutes[new DateTime(2024, 11, 29, 17, 59, 0, DateTimeKind.Utc)]) / 3;
        var indicator = symbol.GetProperty("indicators").EnumerateArray().Single();
        Assert.Equal("sma(3)@5m", indicator.GetProperty("key").GetString());
        Assert.True(indicator.GetProperty("ready").GetBoolean());
        Assert.Equal(expected, indicator.GetProperty("value").GetDouble(), 9);
    }

    [Fact]
    public void Text_run_shows_history_progress_each_outcome_and_the_closing_report()
    {
        var config = _sample.WriteConfig(Config);

        var run = CliRun.Of("run", "-c", config, "-d", _sample.DataRoot, "--date", "2024-11-26");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Before the open", run.Output);
        Assert.Contains("loaded AAPL 1m history: 780 of 780 bars", run.Output);
        Assert.Contains("AAPL symbol AAPL (Config): Succeeded", run.Output);
        Assert.Contains("AAPL sma(3)@5m (Config): Succeeded", run.Output);
        Assert.Contains("Replay of 2024-11-26", run.Output);
        Assert.Contains("sma(3)@5m = ", run.Output);
        Assert.Contains("Replayed 2024-11-26: 2 additions succeeded", run.Output);
    }

    [Fact]
    public void A_symbol_the_store_lacks_is_rejected_with_its_reason_and_the_session_runs_without_it()
    {
        var config = _sample.WriteConfig("""{ "symbols": ["MSFT", "MSFX"], "streams": ["1m"] }""");

        var run = CliRun.Of("run", "-c", config, "-d", _sample.DataRoot, "--date", "2024-12-02", "--json");

        Assert.Equal(1, run.ExitCode);
        var report = run.Json();
        var rejected = report.GetProperty("additions").EnumerateArray().Single(a => a.GetProperty("symbol").GetString() == "MSFX");
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        Assert.Contains("MSFX is not in the bar store", rejected.GetProperty("reason").GetString());
        var held = report.GetProperty("symbols").EnumerateArray().Single();
        Assert.Equal("MSFT", held.GetProperty("symbol").GetString());
        // A full session streams 390 one-minute bars (no history configured).
        Assert.Equal(390, held.GetProperty("series")[0].GetProperty("bars").GetInt32());
    }

    [Fact]
    public void Without_a_date_it_replays_the_last_session_the_store_holds()
    {
        var config = _sample.WriteConfig("""{ "symbols": ["NVDA"], "streams": ["1m"] }""");

        var run = CliRun.Of("run", "-c", config, "-d", _sample.DataRoot, "--json");

        // The sample's one-minute bars end on Tue 2024-12-31, a full session.
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("2024-12-31", run.Json().GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("2024-11-28", "is not a trading session")]
    [InlineData("26/11/2024", "is not a date")]
    public void A_bad_date_is_a_usage_error(string date, string expected)
    {
        var config = _sample.WriteConfig(Config);

        var run = CliRun.Of("run", "-c", config, "-d", _sample.DataRoot, "--date", date);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.False(run.HasStackTrace);
    }

    private async Task<Dictionary<DateTime, double>> ReadMinutesAsync(string symbol, DateTime fromUtc, DateTime toUtc)
    {
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = _sample.DataRoot }, ExchangeCalendars.Xnys);
        var closes = new Dictionary<DateTime, double>();
        await foreach (var batch in store.ReadRangeAsync(symbol, Interval.Minutes(1), fromUtc, toUtc))
        {
            foreach (var bar in batch.Span)
            {
                closes[bar.Start] = bar.Close;
            }
        }

        return closes;
    }
}
