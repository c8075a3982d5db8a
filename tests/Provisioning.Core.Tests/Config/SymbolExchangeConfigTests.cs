using System.Collections.Generic;
using System.Linq;
using Provisioning.Config;

namespace Provisioning.Core.Tests.Config;

/// <summary>Symbols naming their own exchange in session.json, beside the session's default.</summary>
public sealed class SymbolExchangeConfigTests
{
    private const string Mixed = """
        {
          "exchange": "XNYS",
          "symbols": ["AAPL", { "symbol": "7203", "exchange": "XTKS" }, { "symbol": "es", "exchange": "CMES" }, { "symbol": "VOD" }]
        }
        """;

    [Fact]
    public void Symbol_objects_name_their_exchange_and_the_others_follow_the_default()
    {
        var resolved = SessionConfig.ResolveJson(Mixed);

        Assert.True(resolved.IsValid, string.Join("; ", resolved.Errors));
        Assert.Equal(new[] { "AAPL", "7203", "ES", "VOD" }, resolved.Symbols);
        Assert.Equal("XNYS", resolved.ExchangeOf("AAPL"));
        Assert.Equal("XTKS", resolved.ExchangeOf("7203"));
        Assert.Equal("CMES", resolved.ExchangeOf("es"));
        Assert.Equal("XNYS", resolved.ExchangeOf("VOD"));
        Assert.Equal("XNYS", resolved.ExchangeOf("MSFT"));
        Assert.Equal(new[] { "XNYS", "XTKS", "CMES" }, resolved.Exchanges);
    }

    [Fact]
    public void A_symbol_object_without_a_symbol_is_an_error_at_its_brace()
    {
        const string json = """{ "symbols": ["AAPL", { "exchange": "XTKS" }] }""";

        var resolved = SessionConfig.ResolveJson(json);

        var error = Assert.Single(resolved.Errors);
        Assert.Equal("symbols[1]", error.Path);
        // { = 1, space 2, "symbols" 3-11, : 12, space 13, [ 14, "AAPL" 15-20, , 21, space 22, { 23.
        Assert.Equal((1, 23), (error.Line, error.Column));
        Assert.StartsWith("This symbol object has no \"symbol\"", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "AAPL" }, resolved.Symbols);
    }

    [Fact]
    public void An_unknown_exchange_of_a_symbol_lists_the_known_ones_and_leaves_the_symbol_out()
    {
        var resolved = SessionConfig.ResolveJson("""{ "symbols": ["AAPL", { "symbol": "7203", "exchange": "XTKZ" }] }""");

        var error = Assert.Single(resolved.Errors);
        Assert.Equal("symbols[1].exchange", error.Path);
        Assert.Equal("No calendar is known for exchange \"XTKZ\": did you mean \"XTKS\"? Known exchanges: 24/5, 24/7, CMES, XLON, XNYS, XTKS; or name a calendar definition file (*.json, docs/calendars.md).", error.Message);
        Assert.Equal(new[] { "AAPL" }, resolved.Symbols);
    }

    [Fact]
    public void A_mixed_session_caps_its_intervals_at_its_shortest_market()
    {
        // Every config symbol gets the derived intervals: 7h fits the 24/7 symbol but not AAPL's XNYS (390 minutes).
        var resolved = SessionConfig.ResolveJson("""{ "symbols": ["AAPL", { "symbol": "BTCUSD", "exchange": "24/7" }], "derivedIntervals": ["6h", "7h"] }""");

        var error = Assert.Single(resolved.Errors);
        Assert.Equal("derivedIntervals[1]", error.Path);
        Assert.Contains("longest XNYS session (390 minutes", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_class_round_trips_symbol_exchanges()
    {
        var config = new SessionConfig { Symbols = ["AAPL", "7203"], SymbolExchanges = new Dictionary<string, string> { ["7203"] = "XTKS" } };

        var resolved = config.Resolve();

        Assert.True(resolved.IsValid, string.Join("; ", resolved.Errors));
        Assert.Equal("XTKS", resolved.ExchangeOf("7203"));
        Assert.Equal("XNYS", resolved.ExchangeOf("AAPL"));
        Assert.Equal(new[] { "AAPL", "7203" }, resolved.Symbols.ToArray());
    }
}
