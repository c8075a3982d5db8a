using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading;
using Provisioning.Steps;
using Provisioning.Execution;
using Provisioning.Session;

namespace Provisioning.Metrics;

/// <summary>
/// The instruments of the <see cref="ProvisioningMeter"/> for one session, on a meter made by the host's
/// <see cref="IMeterFactory"/> (no static meter: each container, and each test, has its own). Additions, removals,
/// steps and history loads are recorded as <see cref="MetricsObserver"/> sees them; late and duplicate bars are read from the
/// session's counters when a listener collects.
/// </summary>
internal sealed class ProvisioningMetrics
{
    // Seconds, as OpenTelemetry's duration conventions advise: from 1 ms (an in-memory step) to a minute (a long load).
    private static readonly IReadOnlyList<double> DurationBuckets =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly Counter<long> _additions;
    private readonly Counter<long> _removals;
    private readonly Histogram<double> _stepDuration;
    private readonly Counter<long> _historyBars;
    private readonly Histogram<double> _historyReadDuration;
    private readonly Histogram<double> _callbackDuration;
    private SessionData? _session;

    public ProvisioningMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(ProvisioningMeter.Name);
        _additions = Meter.CreateCounter<long>(InstrumentNames.Additions, "{addition}", "Additions that ended, by operation, source and status.");
        _removals = Meter.CreateCounter<long>(InstrumentNames.Removals, "{removal}", "Removals that ended, by operation, source and status.");
        _stepDuration = Meter.CreateHistogram(
            InstrumentNames.StepDuration, "s", "How long each plan step ran, by step kind and status.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _historyBars = Meter.CreateCounter<long>(InstrumentNames.HistoryBars, "{bar}", "Bars the history loads returned, by base interval.");
        _historyReadDuration = Meter.CreateHistogram(
            InstrumentNames.HistoryReadDuration, "s", "How long each history load took, by base interval.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _callbackDuration = Meter.CreateHistogram(
            InstrumentNames.CallbackDuration, "s", "How long a strategy's callback ran, by strategy and callback.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        Meter.CreateObservableCounter(InstrumentNames.LateBars, () => Sum(static symbol => symbol.LateBars), "{bar}", "Base bars that came after a derived interval had closed their bucket, once per derived interval missed.");
        Meter.CreateObservableCounter(InstrumentNames.DuplicateBars, () => Sum(static symbol => symbol.DuplicateBars), "{bar}", "Streamed base bars refused because their series already had a bar at that time.");
    }

    /// <summary>The meter the instruments are on.</summary>
    public Meter Meter { get; }

    /// <summary>Reads the late and duplicate bars of <paramref name="session"/> from now on.</summary>
    public void Watch(SessionData session) => Volatile.Write(ref _session, session);

    /// <summary>Counts an addition that ended.</summary>
    public void RecordAddition(AdditionResult result)
    {
        var tags = new TagList
        {
            { InstrumentNames.Operation, TagText.Of(result.Requirements.Operation) },
            { InstrumentNames.Source, TagText.Of(result.Requirements.Source) },
            { InstrumentNames.Status, TagText.Of(result.Status) },
        };
        _additions.Add(1, tags);
        foreach (var load in result.History)
        {
            _historyBars.Add(load.BarsLoaded, new KeyValuePair<string, object?>(InstrumentNames.Interval, load.Interval.ToString()));
        }
    }

    /// <summary>Counts a removal that ended, whatever its status.</summary>
    public void RecordRemoval(RemovalResult result) =>
        _removals.Add(1, new TagList
        {
            { InstrumentNames.Operation, TagText.Of(result.Operation) },
            { InstrumentNames.Source, TagText.Of(result.Source) },
            { InstrumentNames.Status, TagText.Of(result.Status) },
        });

    /// <summary>Records a step that ran (a skipped step ran for no time and is left out); a history load's time also as a read.</summary>
    public void RecordStep(StepResult report)
    {
        if (report.Status == StepStatus.Skipped)
        {
            return;
        }

        var seconds = report.Duration.TotalSeconds;
        _stepDuration.Record(seconds, new TagList
        {
            { InstrumentNames.Step, TagText.StepName(report.Step.GetType()) },
            { InstrumentNames.StepStatus, TagText.Of(report.Status) },
        });
        if (report.Step is LoadHistorical load && report.Status != StepStatus.Failed)
        {
            _historyReadDuration.Record(seconds, new KeyValuePair<string, object?>(InstrumentNames.Interval, load.Interval.ToString()));
        }
    }

    /// <summary>
    /// Records how long a strategy's callback ran. The place for the strategy callbacks' timings: the session's
    /// callback dispatch reports each one here through <see cref="MetricsObserver"/>.
    /// </summary>
    /// <param name="strategy">The strategy's name (its manifest's name).</param>
    /// <param name="callback">The callback: "on_start", "on_bar", "on_session_end".</param>
    /// <param name="elapsed">How long it ran.</param>
    public void RecordCallback(string strategy, string callback, TimeSpan elapsed) =>
        _callbackDuration.Record(elapsed.TotalSeconds, new TagList
        {
            { InstrumentNames.Strategy, strategy },
            { InstrumentNames.Callback, callback },
        });

    private long Sum(Func<SymbolData, long> count)
    {
        var session = Volatile.Read(ref _session);
        if (session is null)
        {
            return 0;
        }

        long total = 0;
        foreach (var symbol in session.Symbols)
        {
            total += count(symbol);
        }

        return total;
    }
}
