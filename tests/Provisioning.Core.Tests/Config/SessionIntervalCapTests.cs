using System.Linq;
using Provisioning.Config;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Config;

/// <summary>
/// A session config's intervals follow its market: up to 390 minutes on XNYS (09:30-16:00), up to a day on a 24/7
/// market, and in a mixed session up to the shortest of its markets, because every config symbol gets them.
/// </summary>
public sealed class SessionIntervalCapTests
{
    [Fact]
    public void A_24_7_session_takes_4h_12h_and_24h_bars()
    {
        var resolved = SessionConfig.ResolveJson("""{ "exchange": "24/7", "symbols": ["BTCUSD"], "derivedIntervals": ["4h", "12h", "24h"] }""");

        Assert.True(resolved.IsValid, string.Join("; ", resolved.Errors));
        Assert.Equal(new[] { Interval.Hours(4), Interval.Hours(12), Interval.Hours(24) }, resolved.DerivedIntervals.Select(d => d.Interval));
    }

    [Fact]
    public void An_xnys_session_refuses_7h_at_its_line_and_column_naming_the_exchange()
    {
        // Line 1, column 35 is the opening quote of "7h" (1-based: '{' is 1, "exchange" 3-12, "XNYS" 15-20, "streams" 23-31, '[' 34).
        var resolved = SessionConfig.ResolveJson("""{ "exchange": "XNYS", "streams": ["7h"] }""");

        var error = Assert.Single(resolved.Errors);
        Assert.Equal("streams[0]", error.Path);
        Assert.Equal((1, 35), (error.Line, error.Column));
        Assert.Equal("\"7h\" is longer than the longest XNYS session (390 minutes, 6h30m): use \"1d\" for one bar per session, or an interval of at most \"390m\".", error.Message);
    }

    [Fact]
    public void A_registered_calendar_caps_by_its_own_sessions()
    {
        // XASX-like: 10:00-16:00 = 360 minutes.
        var context = new SessionConfigValidationContext(null, new[] { "XNYS", "XTST" }, new System.Collections.Generic.Dictionary<string, int> { ["XTST"] = 360 });

        var resolved = SessionConfig.ResolveJson("""{ "exchange": "XTST", "derivedIntervals": ["6h", "390m"] }""", context);

        var error = Assert.Single(resolved.Errors);
        Assert.Equal("derivedIntervals[1]", error.Path);
        Assert.Contains("longest XTST session (360 minutes, 6h)", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_file_as_exchange_is_accepted_with_a_day_as_cap()
    {
        var resolved = SessionConfig.ResolveJson("""{ "exchange": "calendars/xasx.json", "derivedIntervals": ["12h"] }""");

        Assert.True(resolved.IsValid, string.Join("; ", resolved.Errors));
        Assert.Equal("calendars/xasx.json", resolved.Exchange);
    }
}
