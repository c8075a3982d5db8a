using System;
using System.Collections.Generic;
using Provisioning.Collections;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;
using static Provisioning.Core.Tests.Requirements.ExampleSession;

namespace Provisioning.Core.Tests.Requirements;

public sealed class RequirementAnalyzerBadInputTests
{
    private static IndicatorSpec Spec(Interval interval, int warmup) =>
        new("sma", EquatableArray<IndicatorParameter>.Of(new IndicatorParameter("period", warmup)), interval, warmup);

    public static TheoryData<string, object, string> BadRequests => new()
    {
        { "path symbol", new SymbolRequest("../x"), "has '.' at the start" },
        { "empty symbol", new SymbolRequest(""), "A symbol is required" },
        { "null symbol", new SymbolRequest(null!), "A symbol is required" },
        { "symbol with a line break", new BarRequest("AAPL\n", "5m"), "has white space around it" },
        { "unknown unit", new BarRequest("AAPL", "7x"), "unknown unit \"x\"" },
        { "ambiguous unit", new BarRequest("AAPL", "5M"), "ambiguous" },
        { "empty interval", new BarRequest("AAPL", ""), "An interval is required" },
        { "null interval", new BarRequest("AAPL", null!), "An interval is required" },
        // The example session is on XNYS, 09:30-16:00: 390 minutes; 1440m fits only a round-the-clock market, 25h none.
        { "longer than a session", new BarRequest("AAPL", "1440m"), "\"1440m\" is longer than the longest XNYS session (390 minutes, 6h30m)" },
        { "longer than a session by a minute", new BarRequest("AAPL", "391m"), "longer than the longest XNYS session" },
        { "longer than a day", new BarRequest("AAPL", "25h"), "longer than a day (1440 minutes)" },
        { "indicator longer than a session", new IndicatorRequest("AAPL", Spec(Interval.Hours(7), 20)), "\"7h\" is longer than the longest XNYS session" },
        // The example session streams 1m and 1d: nothing builds 1s or 90s bars.
        { "no base for bars", new BarRequest("AAPL", "1s"), "No base interval can build 1s bars (bases: 1m, 1d); add a base such as 1s." },
        { "negative days", new BarRequest("AAPL", "5m", Days: -1), "-1 is not a number of trading days of history" },
        // 20,000 sessions back from 2024 is before 1990, where the XNYS calendar starts.
        { "history before the calendar", new BarRequest("AAPL", "5m", Days: 20_000), "reaches outside the exchange calendar" },
        { "no spec", new IndicatorRequest("AAPL", null!), "An indicator is required" },
        { "no indicator interval", new IndicatorRequest("AAPL", Spec(default, 20)), "has no interval" },
        { "negative warm-up", new IndicatorRequest("AAPL", Spec(Interval.Minutes(5), -1)), "warm-up is 0 bars or more" },
        { "no base for the indicator", new IndicatorRequest("AAPL", Spec(Interval.Seconds(90), 20)), "No base interval can build 90s bars" },
        // int.MaxValue × 2 does not fit a bar count.
        { "warm-up too large", new IndicatorRequest("AAPL", Spec(Interval.Minutes(5), int.MaxValue)), "more bars than any history holds" },
        { "unnamed indicator", new IndicatorRequest("AAPL", new IndicatorSpec(" ", EquatableArray<IndicatorParameter>.Empty, Interval.Minutes(5), 1)), "The indicator has no name" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Bad_input_gives_requirements_that_cannot_proceed_with_a_reason(string name, object given, string reasonPart)
    {
        // Typed as object: the request records are internal and xUnit theories are public.
        var request = (ProvisioningRequest)given;
        var requirements = Analyzer().Analyze(request, SessionStateSnapshot.Empty, Monday1000);

        Assert.False(requirements.CanProceed, name);
        Assert.Contains(requirements.ValidationErrors, e => e.Contains(reasonPart, StringComparison.Ordinal));
        Assert.StartsWith("Cannot add ", requirements.Reason, StringComparison.Ordinal);
        Assert.Contains(reasonPart, requirements.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", requirements.Reason, StringComparison.Ordinal);
        Assert.Equal(request.Operation, requirements.Operation);
        Assert.Equal((request as IndicatorRequest)?.Spec, requirements.Indicator);
        Assert.Empty(requirements.RequiredIntervals);
        Assert.Empty(requirements.HistoryLoads);
    }

    [Fact]
    public void Every_problem_of_a_request_is_listed()
    {
        var requirements = Analyzer().Analyze(new BarRequest("a/b", "7x", Days: -2), SessionStateSnapshot.Empty, Monday1000);

        Assert.Equal(3, requirements.ValidationErrors.Count);
        Assert.Contains("path characters", requirements.ValidationErrors[0], StringComparison.Ordinal);
        Assert.Contains("unknown unit", requirements.ValidationErrors[1], StringComparison.Ordinal);
        Assert.Contains("-2 is not a number", requirements.ValidationErrors[2], StringComparison.Ordinal);
        Assert.Equal("a/b", requirements.Symbol);
    }

    [Fact]
    public void A_symbol_request_is_refused_while_the_config_has_errors()
    {
        var config = NewConfig();
        config.DerivedIntervals.Add("90s");
        var analyzer = new RequirementAnalyzer(config.Resolve(), Estimator);

        var requirements = analyzer.Analyze(new SymbolRequest("AAPL", ProvisionSource.Config), SessionStateSnapshot.Empty, Monday0800);

        Assert.False(requirements.CanProceed);
        Assert.Contains("The session config has errors", requirements.Reason, StringComparison.Ordinal);
        Assert.Contains("derivedIntervals[2]: 90s bars cannot be built from", requirements.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void History_after_the_calendar_range_is_refused_not_guessed()
    {
        // The XNYS calendar answers up to 2035; a session clock in 2040 is outside it.
        var requirements = Analyzer().Analyze(new SymbolRequest("AAPL"), SessionStateSnapshot.Empty, Utc("2040-01-02T15:00:00Z"));

        Assert.False(requirements.CanProceed);
        Assert.Contains("reaches outside the exchange calendar", requirements.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_text_as_symbol_or_interval_gives_a_result_never_an_exception()
    {
        var texts = new List<string> { "", " ", "\0", "\u0007", "5m", "AAPL", "../..", "ÄÖÜ", "1e9m", "99999999999999999999d", "--", "^", "M", "5M", new string('x', 500), "1.5h", "\uD800" };
        var random = new Random(20240311);
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 128);
            }

            texts.Add(new string(chars));
        }

        var analyzer = Analyzer();
        foreach (var symbol in texts)
        {
            foreach (var interval in new[] { texts[random.Next(texts.Count)], "5m" })
            {
                var requirements = analyzer.Analyze(new BarRequest(symbol, interval, 1), SessionStateSnapshot.Empty, Monday1000);

                Assert.Equal(requirements.CanProceed, requirements.ValidationErrors.IsEmpty);
                Assert.False(string.IsNullOrWhiteSpace(requirements.Reason));
            }
        }
    }
}
