using Provisioning.Config;
using Provisioning.Data.CorporateActions;

namespace Provisioning.IntegrationTests.Config;

/// <summary>
/// The configs the build accepted and the runtime refused (or the reverse) before the rules lived once, each with the
/// outcome decided for all readers. The decisions (also in docs/concepts.md, "One rule set for session configs"):
/// a whole number may be written 2.0; history that is enabled needs at least 1 trailing day; an interval is a stream or
/// derived, not both; a repeated symbol or interval is an error (the runtime has no place to show a warning); a line
/// comment ends at U+2028 as System.Text.Json ends it; U+0085, U+2028 and U+2029 break lines as the compiler counts
/// them; the exchange is an upper-case MIC with a calendar; "streams": [] is refused (configuration
/// cannot tell it from a missing list); historical intervals need a base like any other; history per interval
/// ("historical.data") is one form, refused beside "trailingDays" or "intervals", each entry with an interval once and
/// at least 1 day.
/// Lines and columns are counted by hand from the texts below.
/// </summary>
public sealed class ConfigDriftCaseTests
{
    private const string Exchange = "  \"exchange\": \"XNYS\",\n";
    private const string Symbols = "  \"symbols\": [\"AAPL\", \"MSFT\"],\n";
    private const string Streams = "  \"streams\": [\"1m\", \"1d\"],\n";
    private const string Derived = "  \"derivedIntervals\": [\"5m\"],\n";
    private const string Historical = "  \"historical\": { \"enabled\": true, \"trailingDays\": 2 },\n";
    private const string Data = "  \"data\": { \"root\": \".\" }\n";

    public static TheoryData<string, string, bool, int, int> Cases => new()
    {
        // "trailingDays": 2.0 is the whole number 2 (JSON has one number type); the host threw a raw InvalidOperationException.
        { "trailing days written 2.0", Config(historical: "  \"historical\": { \"enabled\": true, \"trailingDays\": 2.0 },\n"), true, 0, 0 },
        // Column 52: 2 spaces, "historical" (12), ": { " (4), "enabled" (9), ": true, " (8), "trailingDays" (14), ": " (2).
        { "zero trailing days while enabled", Config(historical: "  \"historical\": { \"enabled\": true, \"trailingDays\": 0 },\n"), false, 6, 52 },
        // Column 17: the opening brace of the historical object.
        { "enabled without trailing days", Config(historical: "  \"historical\": { \"enabled\": true },\n"), false, 6, 17 },
        // Column 24: 2 spaces, "derivedIntervals" (18), ": [" (3).
        { "1m both streamed and derived", Config(derived: "  \"derivedIntervals\": [\"1m\"],\n"), false, 5, 24 },
        // Column 23: 2 spaces, "symbols" (9), ": [" (3), "AAPL" (6), ", " (2).
        { "a symbol twice in two cases", Config(symbols: "  \"symbols\": [\"AAPL\", \"aapl\"],\n"), false, 3, 23 },
        // Column 27: the second "1m" after "1m", "1d".
        { "a stream twice", Config(streams: "  \"streams\": [\"1m\", \"1d\", \"1m\"],\n"), false, 4, 27 },
        // Column 69: after the 2 of trailingDays (52), ", " (2), "intervals" (11), ": [" (3).
        { "historical interval without a base", Config(historical: "  \"historical\": { \"enabled\": true, \"trailingDays\": 2, \"intervals\": [\"90s\"] },\n"), false, 6, 69 },
        // Per-interval history ("historical.data"): columns count from 36, after 2 spaces, "historical" (12), ": { " (4),
        // "enabled" (9), ": true, " (8).
        { "history per interval", Config(historical: PerInterval("\"data\": [{ \"interval\": \"1m\", \"trailingDays\": 1 }, { \"interval\": \"5m\", \"trailingDays\": 3 }]")), true, 0, 0 },
        // Column 55: 36 + "trailingDays" (14), ": 2, " (5): the "data" key written beside the single form.
        { "history in both forms", Config(historical: PerInterval("\"trailingDays\": 2, \"data\": [{ \"interval\": \"1m\", \"trailingDays\": 1 }]")), false, 6, 55 },
        // Column 44: 36 + "data" (6), ": " (2): the [ of the empty list.
        { "history per interval enabled but empty", Config(historical: PerInterval("\"data\": []")), false, 6, 44 },
        // Column 45: 36 + "data" (6), ": [" (3): the entry's opening brace.
        { "history entry without days", Config(historical: PerInterval("\"data\": [{ \"interval\": \"1m\" }]")), false, 6, 45 },
        // Column 81: 45 + "{ " (2), "interval" (10), ": " (2), "1m" (4), ", " (2), "trailingDays" (14), ": " (2).
        { "history entry of zero days", Config(historical: PerInterval("\"data\": [{ \"interval\": \"1m\", \"trailingDays\": 0 }]")), false, 6, 81 },
        // Column 59: 45 + "{ " (2), "interval" (10), ": " (2).
        { "history entry without a base", Config(historical: PerInterval("\"data\": [{ \"interval\": \"90s\", \"trailingDays\": 1 }]")), false, 6, 59 },
        // Column 100: the first entry spans 45..83, ", " (2), "{ " (2), "interval" (10), ": " (2).
        { "history entry interval twice", Config(historical: PerInterval("\"data\": [{ \"interval\": \"1m\", \"trailingDays\": 1 }, { \"interval\": \"1m\", \"trailingDays\": 2 }]")), false, 6, 100 },
        // Column 14: the [ of the empty list.
        { "no streams at all", Config(streams: "  \"streams\": [],\n"), false, 4, 14 },
        // Column 15: 2 spaces, "exchange" (10), ": " (2).
        { "exchange in lower case", Config(exchange: "  \"exchange\": \"xnys\",\n"), false, 2, 15 },
        { "exchange without a calendar", Config(exchange: "  \"exchange\": \"XNAS\",\n"), false, 2, 15 },
        // U+2028 ends the comment (as System.Text.Json ends it), so " more" is not JSON: the error is at the U+2028, line 2 column 10.
        { "U+2028 inside a line comment", "{\n  // note\u2028 more\n" + Body(), false, 2, 10 },
        // U+0085 does not end the comment but starts a line, as the compiler counts lines: "7x" is on line 6, column 21.
        { "U+0085 inside a line comment shifts the line", "{\n  // note\u0085 more\n" + Body(streams: "  \"streams\": [\"1m\", \"7x\"],\n"), false, 6, 21 },
        { "U+2028 inside a block comment shifts the line", "{\n  /* note\u2028 more */\n" + Body(streams: "  \"streams\": [\"1m\", \"7x\"],\n"), false, 6, 21 },
        // Normalization (issue #17): the modes are written exactly; a symbol object may set its own.
        { "session normalization SplitAdjusted", Config(exchange: Exchange + "  \"normalization\": \"SplitAdjusted\",\n"), true, 0, 0 },
        // Column 20: 2 spaces, "normalization" (15), ": " (2).
        { "session normalization in lower case", Config(exchange: Exchange + "  \"normalization\": \"adjusted\",\n"), false, 3, 20 },
        { "session normalization a number", Config(exchange: Exchange + "  \"normalization\": 1,\n"), false, 3, 20 },
        { "a symbol's own normalization", Config(symbols: "  \"symbols\": [\"AAPL\", { \"symbol\": \"MSFT\", \"normalization\": \"Adjusted\" }],\n"), true, 0, 0 },
        // Column 60: 2 spaces, "symbols" (9), ": [" (3), "AAPL" (6), ", { " (4), "symbol" (8), ": " (2), "MSFT" (6), ", " (2), "normalization" (15), ": " (2).
        { "a symbol's unknown normalization", Config(symbols: "  \"symbols\": [\"AAPL\", { \"symbol\": \"MSFT\", \"normalization\": \"Split\" }],\n"), false, 3, 60 },
    };

    [Fact]
    public void Normalizations_resolve_alike_from_the_text_and_from_a_host()
    {
        var text = Config(
            exchange: Exchange + "  \"normalization\": \"SplitAdjusted\",\n",
            symbols: "  \"symbols\": [\"AAPL\", { \"symbol\": \"msft\", \"normalization\": \"Adjusted\" }, { \"symbol\": \"SPY\", \"normalization\": \"Raw\" }],\n");

        var fromText = SessionConfig.ResolveJson(text, ConfigReaders.Context);
        var host = ConfigReaders.Host(text, out var fromHost);

        Assert.True(fromText.IsValid, string.Join("; ", fromText.Errors));
        Assert.True(host.Accepted, host.ToString());
        Assert.Equal(fromText, fromHost);
        Assert.Equal(NormalizationMode.SplitAdjusted, fromText.NormalizationOf("AAPL"));
        Assert.Equal(NormalizationMode.Adjusted, fromText.NormalizationOf("MSFT"));
        Assert.Equal(NormalizationMode.Raw, fromText.NormalizationOf("SPY"));
        Assert.Equal(NormalizationMode.SplitAdjusted, fromText.NormalizationOf("NVDA"));
        Assert.Equal(NormalizationMode.Raw, SessionConfig.ResolveJson(Config(), ConfigReaders.Context).NormalizationOf("AAPL"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_build_the_CLI_and_a_host_decide_alike(string name, string text, bool accepted, int line, int column)
    {
        var expected = new ConfigOutcome(accepted, line, column, string.Empty);

        var build = ConfigReaders.Build(text);
        var cli = ConfigReaders.Cli(text);
        var host = ConfigReaders.Host(text);

        Assert.True(expected.SameAs(build), $"{name}: build {build}, expected {expected}");
        Assert.True(expected.SameAs(cli), $"{name}: CLI {cli}, expected {expected}");
        Assert.True(accepted == host.Accepted, $"{name}: host {host}, expected {expected}");
        if (!accepted && !name.Contains("comment", System.StringComparison.Ordinal))
        {
            // A config the JSON provider can read is refused by options validation naming the key, never by a raw exception.
            Assert.StartsWith("OptionsValidationException", host.Detail, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_host_loads_each_intervals_days_from_history_per_interval()
    {
        // 5m loads its base 1m; the 1m entry's 1 day and the 5m entry's 3 days meet on 1m, which loads the more: 3.
        var text = Config(historical: PerInterval(
            "\"data\": [{ \"interval\": \"1m\", \"trailingDays\": 1 }, { \"interval\": \"5m\", \"trailingDays\": 3 }, { \"interval\": \"1d\", \"trailingDays\": 20 }]"));

        var host = ConfigReaders.Host(text, out var resolved);

        Assert.True(host.Accepted, host.ToString());
        Assert.Equal(
            new[] { new HistoricalInterval(Provisioning.Intervals.Interval.Minutes(1), 3), new HistoricalInterval(Provisioning.Intervals.Interval.Days(1), 20) },
            resolved!.Historical.PerInterval);
    }

    private static string Config(
        string exchange = Exchange,
        string symbols = Symbols,
        string streams = Streams,
        string derived = Derived,
        string historical = Historical) =>
        "{\n" + exchange + symbols + streams + derived + historical + Data + "}\n";

    // A historical line whose keys after "enabled": true are the given text.
    private static string PerInterval(string keys) => "  \"historical\": { \"enabled\": true, " + keys + " },\n";

    // The same config after an extra line 2: lines 3.. hold exchange, symbols, streams, derived, historical, data.
    private static string Body(string streams = Streams) => Exchange + Symbols + streams + Derived + Historical + Data + "}\n";
}
