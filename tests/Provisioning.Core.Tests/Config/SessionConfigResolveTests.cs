using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Provisioning.Config;
using Provisioning.Indicators;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Config;

public sealed class SessionConfigResolveTests
{
    private static Interval I(string text) => IntervalParser.Parse(text).Interval;

    private static SessionConfig FullConfig() => new()
    {
        Exchange = "XNYS",
        Symbols = new() { "aapl", "BRK.B" },
        Streams = new() { "1d", "1m" },
        DerivedIntervals = new() { "15m", "5m" },
        Historical = new() { Enabled = true, TrailingDays = 5 },
        WarmupMultiplier = 2.5,
        Indicators = new() { new() { Name = "SMA", Interval = "5m", Parameters = new() { ["period"] = 20 } } },
        Data = new() { Root = "/srv/bars" },
    };

    [Fact]
    public void Defaults_are_XNYS_with_1m_and_1d_streams_multiplier_2_and_no_history()
    {
        var config = new SessionConfig();

        var resolved = config.Resolve();

        Assert.True(resolved.IsValid, string.Join("; ", resolved.Errors));
        Assert.Equal("XNYS", resolved.Exchange);
        Assert.Empty(resolved.Symbols);
        Assert.Equal(new[] { I("1m"), I("1d") }, resolved.BaseIntervals);
        Assert.Empty(resolved.DerivedIntervals);
        Assert.False(resolved.Historical.Enabled);
        Assert.Equal(2.0, resolved.WarmupMultiplier);
        Assert.Empty(resolved.Indicators);
        Assert.Equal("data", resolved.DataRoot);
    }

    [Fact]
    public void A_full_config_resolves_to_typed_normalised_values()
    {
        var resolved = FullConfig().Resolve();

        Assert.True(resolved.IsValid, string.Join("; ", resolved.Errors));
        Assert.Equal("XNYS", resolved.Exchange);
        Assert.Equal(new[] { "AAPL", "BRK.B" }, resolved.Symbols);
        // Bases ascending whatever the config order.
        Assert.Equal(new[] { I("1m"), I("1d") }, resolved.BaseIntervals);
        // 5m and 15m are not built from 1d (intraday from a session bar), both from 1m.
        Assert.Equal(new[] { new DerivedInterval(I("5m"), I("1m")), new DerivedInterval(I("15m"), I("1m")) }, resolved.DerivedIntervals);
        Assert.Equal(new[] { I("1m"), I("1d"), I("5m"), I("15m") }, resolved.AllIntervals);
        // No historical intervals listed: every stream loads history.
        Assert.Equal(new HistoricalSettings(true, 5, new(new[] { I("1m"), I("1d") })), resolved.Historical);
        Assert.Equal(2.5, resolved.WarmupMultiplier);
        var indicator = Assert.Single(resolved.Indicators);
        Assert.Equal(new ConfiguredIndicator("sma", I("5m"), I("1m"), new(new[] { new IndicatorParameter("period", 20) })), indicator);
        Assert.Equal("/srv/bars", resolved.DataRoot);
    }

    [Fact]
    public void Derived_intervals_use_the_coarsest_base_that_divides_them()
    {
        var config = new SessionConfig { Streams = new() { "1m", "5m", "1d" }, DerivedIntervals = new() { "15m", "1h", "3m", "1w" } };

        var resolved = config.Resolve();

        Assert.True(resolved.IsValid, string.Join("; ", resolved.Errors));
        // 3m: only 1m divides it; 15m and 1h: 5m divides both and is coarser than 1m; 1w: from daily bars.
        Assert.Equal(
            new[]
            {
                new DerivedInterval(I("3m"), I("1m")),
                new DerivedInterval(I("15m"), I("5m")),
                new DerivedInterval(I("1h"), I("5m")),
                new DerivedInterval(I("1w"), I("1d")),
            },
            resolved.DerivedIntervals);
        Assert.Equal(I("5m"), BaseIntervalResolver.Resolve(I("30m"), resolved.BaseIntervals).Base);
    }

    [Fact]
    public void Historical_intervals_are_replaced_by_their_bases_once_each()
    {
        var config = new SessionConfig { Historical = new() { Enabled = true, TrailingDays = 3, Intervals = new() { "5m", "1m", "1d", "1w" } } };

        var resolved = config.Resolve();

        // 5m and 1m both load 1m; 1d and 1w both load 1d.
        Assert.True(resolved.IsValid, string.Join("; ", resolved.Errors));
        Assert.Equal(new[] { I("1m"), I("1d") }, resolved.Historical.Intervals);
    }

    public static TheoryData<string, object, string, string> BadConfigs => new()
    {
        // The messages are the shared validator's (one rule set, issue #13); they were the runtime resolver's own.
        { "empty exchange", (Action<SessionConfig>)(c => c.Exchange = " "), "exchange", "is not an exchange code: write a four-character market identifier code" },
        { "bad exchange", (Action<SessionConfig>)(c => c.Exchange = "NYSE!"), "exchange", "No calendar is known for exchange \"NYSE!\"" },
        { "lower-case exchange", (Action<SessionConfig>)(c => c.Exchange = "xnys"), "exchange", "\"xnys\" is not an exchange code: write \"XNYS\"." },
        { "path symbol", (Action<SessionConfig>)(c => c.Symbols = new() { "AAPL", "../x" }), "symbols[1]", "has '.' at the start" },
        { "duplicate symbol", (Action<SessionConfig>)(c => c.Symbols = new() { "AAPL", "aapl" }), "symbols[1]", "\"aapl\" is AAPL, which \"symbols\" already lists at symbols[0]" },
        { "bad stream", (Action<SessionConfig>)(c => c.Streams = new() { "1m", "7x" }), "streams[1]", "unknown unit \"x\"" },
        { "duplicate stream", (Action<SessionConfig>)(c => c.Streams = new() { "1h", "60m" }), "streams[1]", "\"60m\" is 1h, which \"streams\" already lists at streams[0]" },
        { "no base", (Action<SessionConfig>)(c => { c.Streams = new() { "1d" }; c.DerivedIntervals = new() { "5m" }; }), "derivedIntervals[0]", "5m bars cannot be built from the streamed base intervals (1d): add \"1m\" to \"streams\"" },
        { "derived is a stream", (Action<SessionConfig>)(c => c.DerivedIntervals = new() { "1m" }), "derivedIntervals[0]", "1m is already a stream" },
        // XNYS (the default exchange) is open 09:30-16:00, 390 minutes; a 24/7 session is 1440 minutes; no market has 25h.
        { "1440m on XNYS", (Action<SessionConfig>)(c => c.DerivedIntervals = new() { "1440m" }), "derivedIntervals[0]", "\"1440m\" is longer than the longest XNYS session (390 minutes, 6h30m)" },
        { "391m on XNYS", (Action<SessionConfig>)(c => c.DerivedIntervals = new() { "391m" }), "derivedIntervals[0]", "an interval of at most \"390m\"" },
        { "8h30m on XLON", (Action<SessionConfig>)(c => { c.Exchange = "XLON"; c.DerivedIntervals = new() { "510m", "9h" }; }), "derivedIntervals[1]", "longer than the longest XLON session (510 minutes, 8h30m)" },
        { "25h on 24/7", (Action<SessionConfig>)(c => { c.Exchange = "24/7"; c.DerivedIntervals = new() { "25h" }; }), "derivedIntervals[0]", "is longer than a day (1440 minutes)" },
        { "zero days", (Action<SessionConfig>)(c => c.Historical = new() { Enabled = true, TrailingDays = 0 }), "historical.trailingDays", "is 0 but history is enabled: write at least 1" },
        { "negative days", (Action<SessionConfig>)(c => c.Historical = new() { TrailingDays = -3 }), "historical.trailingDays", "cannot be negative" },
        { "historical without base", (Action<SessionConfig>)(c => c.Historical = new() { Enabled = true, TrailingDays = 1, Intervals = new() { "90s" } }), "historical.intervals[0]", "add \"1s\" to \"streams\"" },
        { "half multiplier", (Action<SessionConfig>)(c => c.WarmupMultiplier = 0.5), "warmupMultiplier", "at least 1" },
        { "NaN multiplier", (Action<SessionConfig>)(c => c.WarmupMultiplier = double.NaN), "warmupMultiplier", "must be a number of at least 1" },
        { "infinite multiplier", (Action<SessionConfig>)(c => c.WarmupMultiplier = double.PositiveInfinity), "warmupMultiplier", "must be a number of at least 1" },
        { "no indicator name", (Action<SessionConfig>)(c => c.Indicators = new() { new() { Interval = "5m" } }), "indicators[0].name", "An indicator name is required" },
        { "bad indicator name", (Action<SessionConfig>)(c => c.Indicators = new() { new() { Name = "1sma", Interval = "5m" } }), "indicators[0].name", "\"1sma\" is not an indicator name" },
        { "ambiguous indicator interval", (Action<SessionConfig>)(c => c.Indicators = new() { new() { Name = "sma", Interval = "5M" } }), "indicators[0].interval", "ambiguous" },
        { "indicator without base", (Action<SessionConfig>)(c => c.Indicators = new() { new() { Name = "sma", Interval = "90s" } }), "indicators[0].interval", "90s bars cannot be built from the default stream (1m, 1d)" },
        { "NaN parameter", (Action<SessionConfig>)(c => c.Indicators = new() { new() { Name = "sma", Interval = "5m", Parameters = new() { ["period"] = double.NaN } } }), "indicators[0].parameters.period", "must be a number" },
        { "null indicator", (Action<SessionConfig>)(c => c.Indicators = new() { null! }), "indicators[0]", "must be an object" },
        { "blank data root", (Action<SessionConfig>)(c => c.Data = new() { Root = "  " }), "data.root", "\"root\" is empty" },
    };

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public void Each_bad_value_is_reported_at_its_path_with_a_reason(string name, object spoil, string path, string reasonPart)
    {
        // Action<SessionConfig> typed as object: the config type is internal and xUnit theories are public.
        var config = new SessionConfig();
        ((Action<SessionConfig>)spoil)(config);

        var resolved = config.Resolve();

        Assert.False(resolved.IsValid, name);
        var error = Assert.Single(resolved.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(reasonPart, error.Message, StringComparison.Ordinal);
        Assert.Equal(path + ": " + error.Message, error.ToString());
    }

    [Fact]
    public void Bad_entries_are_left_out_and_every_error_is_reported()
    {
        var config = new SessionConfig
        {
            Symbols = new() { "AAPL", "a/b", "MSFT" },
            Streams = new() { "1m", "0m" },
            DerivedIntervals = new() { "5m", "7x" },
            WarmupMultiplier = 0,
        };

        var resolved = config.Resolve();

        Assert.Equal(new[] { "symbols[1]", "streams[1]", "derivedIntervals[1]", "warmupMultiplier" }, resolved.Errors.Select(e => e.Path));
        Assert.Equal(new[] { "AAPL", "MSFT" }, resolved.Symbols);
        Assert.Equal(new[] { I("1m") }, resolved.BaseIntervals);
        Assert.Equal(new[] { new DerivedInterval(I("5m"), I("1m")) }, resolved.DerivedIntervals);
    }

    [Fact]
    public void Null_lists_and_sections_from_a_json_null_do_not_throw()
    {
        var config = new SessionConfig { Symbols = null!, Streams = null!, DerivedIntervals = null!, Historical = null!, Indicators = null!, Data = null! };

        var resolved = config.Resolve();

        Assert.True(resolved.IsValid, string.Join("; ", resolved.Errors));
        Assert.Equal(new[] { I("1m"), I("1d") }, resolved.BaseIntervals);
        Assert.Equal("data", resolved.DataRoot);
    }

    [Fact]
    public void Resolve_does_not_change_the_config()
    {
        var config = FullConfig();
        config.Symbols.Add("bad/symbol");
        var streams = config.Streams;
        var before = JsonSerializer.Serialize(config);

        _ = config.Resolve();
        _ = config.Resolve();

        Assert.Equal(before, JsonSerializer.Serialize(config));
        Assert.Same(streams, config.Streams);
        Assert.Equal(new[] { "1d", "1m" }, config.Streams);
    }

    [Fact]
    public void Resolving_twice_gives_equal_values()
    {
        Assert.Equal(FullConfig().Resolve(), FullConfig().Resolve());
    }

    [Fact]
    public void Json_keys_are_camelCase()
    {
        const string json = """
            {
              "exchange": "XNYS",
              "symbols": ["AAPL", "msft"],
              "streams": ["1m", "1d"],
              "derivedIntervals": ["5m"],
              "historical": { "enabled": true, "trailingDays": 10, "intervals": ["1m"] },
              "warmupMultiplier": 3,
              "indicators": [ { "name": "sma", "interval": "5m", "parameters": { "period": 20 } } ],
              "data": { "root": "bars" }
            }
            """;

        var config = JsonSerializer.Deserialize<SessionConfig>(json)!;
        var written = JsonSerializer.Serialize(new SessionConfig());

        Assert.Equal(new[] { "AAPL", "msft" }, config.Symbols);
        Assert.Equal(new[] { "5m" }, config.DerivedIntervals);
        Assert.True(config.Historical.Enabled);
        Assert.Equal(10, config.Historical.TrailingDays);
        Assert.Equal(3.0, config.WarmupMultiplier);
        Assert.Equal(20.0, config.Indicators[0].Parameters["period"]);
        Assert.Equal("bars", config.Data.Root);
        foreach (var key in new[] { "\"exchange\"", "\"symbols\"", "\"streams\"", "\"derivedIntervals\"", "\"historical\"", "\"trailingDays\"", "\"warmupMultiplier\"", "\"indicators\"", "\"data\"", "\"root\"" })
        {
            Assert.Contains(key, written, StringComparison.Ordinal);
        }
    }
}
