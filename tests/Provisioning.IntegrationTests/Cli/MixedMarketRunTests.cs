using System.IO;
using System.Linq;
using System.Text.Json;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// <c>provision run</c> on a config naming two exchanges replays each symbol's own market. The store holds the XNYS
/// sample's AAPL and, as T7203, the XTKS sample's AAPL bars. By hand, Tuesday 2024-11-26: XNYS 09:30-16:00 EST =
/// 14:30-21:00Z (last minute 20:59Z); XTKS 09:00-11:30 and 12:30-15:30 JST (the later close since 5 November) =
/// 00:00-02:30Z and 03:30-06:30Z (last minute 06:29Z).
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class MixedMarketRunTests
{
    private readonly SampleDataFixture _sample;

    public MixedMarketRunTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    [Fact]
    public void A_replay_of_two_markets_streams_each_symbol_to_its_own_close()
    {
        var newYork = _sample.NewPath("mixed-xnys");
        var tokyo = _sample.NewPath("mixed-xtks");
        Assert.Equal(0, CliRun.Of("sample-data", "--out", newYork, "--json").ExitCode);
        Assert.Equal(0, CliRun.Of("sample-data", "--out", tokyo, "--exchange", "XTKS", "--json").ExitCode);
        foreach (var interval in new[] { "1m", "1d" })
        {
            Copy(Path.Combine(tokyo, $"interval={interval}", "symbol=AAPL"), Path.Combine(newYork, $"interval={interval}", "symbol=T7203"));
        }

        var config = Path.Combine(newYork, "mixed.json");
        File.WriteAllText(config, """
            {
              "exchange": "XNYS",
              "symbols": ["AAPL", { "symbol": "T7203", "exchange": "XTKS" }],
              "streams": ["1m", "1d"],
              "derivedIntervals": ["5m"],
              "historical": { "enabled": true, "trailingDays": 2, "intervals": ["1m"] },
              "data": { "root": "." }
            }
            """);

        var run = CliRun.Of("run", "--config", config, "--date", "2024-11-26", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var symbols = run.Json().GetProperty("symbols").EnumerateArray().ToDictionary(s => s.GetProperty("symbol").GetString()!);
        Assert.Equal("2024-11-26T20:59:00Z", LastMinute(symbols["AAPL"]));
        Assert.Equal("2024-11-26T06:29:00Z", LastMinute(symbols["T7203"]));

        // The replay starts at Tokyo's open, 00:00Z: T7203 holds two sessions of history (Fri 22nd, Mon 25th) and
        // streams the 26th, 3 × 330 minutes; a New York replay from 14:30Z would load the 26th as history, 2 × 330.
        Assert.Equal(990, Minutes(symbols["T7203"]).GetProperty("bars").GetInt32());
        Assert.Equal(new System.DateTime(2024, 11, 26, 0, 0, 0, System.DateTimeKind.Utc), symbols["T7203"].GetProperty("addedAtUtc").GetDateTime().ToUniversalTime());
    }

    private static JsonElement Minutes(JsonElement symbol) =>
        symbol.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("interval").GetString() == "1m");

    private static string LastMinute(JsonElement symbol) =>
        Minutes(symbol).GetProperty("lastBarUtc").GetDateTime().ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
