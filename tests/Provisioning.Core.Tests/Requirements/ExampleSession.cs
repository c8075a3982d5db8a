using System;
using System.Globalization;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Config;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Requirements;

/// <summary>
/// The session the requirement and planning examples run in: XNYS, streams 1m and 1d, derived 5m and 15m, five trading
/// days of history for every stream, warm-up multiplier 2. New York is UTC-5 until Sunday 2024-03-10 and UTC-4 from then.
/// </summary>
internal static class ExampleSession
{
    public static readonly HistoryEstimator Estimator = new(ExchangeCalendars.Xnys);

    // Monday 2024-03-11, 10:00 EDT.
    public static readonly DateTime Monday1000 = Utc("2024-03-11T14:00:00Z");

    // Monday 2024-03-11, 08:00 EDT: before the open.
    public static readonly DateTime Monday0800 = Utc("2024-03-11T12:00:00Z");

    public static SessionConfig NewConfig() => new()
    {
        Exchange = "XNYS",
        Symbols = new() { "AAPL", "MSFT" },
        Streams = new() { "1m", "1d" },
        DerivedIntervals = new() { "5m", "15m" },
        Historical = new() { Enabled = true, TrailingDays = 5 },
        WarmupMultiplier = 2.0,
    };

    public static ResolvedSessionConfig Resolved() => NewConfig().Resolve();

    public static RequirementAnalyzer Analyzer() => new(Resolved(), Estimator);

    public static IndicatorSpec Sma(int period, Interval interval) =>
        new("sma", EquatableArray<IndicatorParameter>.Of(new IndicatorParameter("period", period)), interval, warmupBars: period);

    public static DateTime Utc(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
