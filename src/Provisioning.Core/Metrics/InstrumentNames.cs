namespace Provisioning.Metrics;

/// <summary>
/// The instruments and attributes of the <see cref="ProvisioningMeter"/>, named in OpenTelemetry's semantic-convention
/// style (dotted lower-case names, UCUM units, durations in seconds) so exporters take them unchanged.
/// </summary>
internal static class InstrumentNames
{
    /// <summary>Counter: additions that ended, by operation, source and status.</summary>
    public const string Additions = "provisioning.additions";

    /// <summary>Counter: removals that ended (refused and failed ones too), by operation, source and status.</summary>
    public const string Removals = "provisioning.removals";

    /// <summary>Histogram: how long each plan step ran, by step kind and status.</summary>
    public const string StepDuration = "provisioning.step.duration";

    /// <summary>Counter: bars that history loads returned, by base interval.</summary>
    public const string HistoryBars = "provisioning.history.bars";

    /// <summary>Histogram: how long each history load (a <c>LoadHistorical</c> step) took, by base interval.</summary>
    public const string HistoryReadDuration = "provisioning.history.read.duration";

    /// <summary>Observable counter: base bars that came too late for a derived interval, once per interval they missed.</summary>
    public const string LateBars = "provisioning.bars.late";

    /// <summary>Observable counter: streamed base bars refused because the series already had a bar at that time.</summary>
    public const string DuplicateBars = "provisioning.bars.duplicate";

    /// <summary>Histogram: how long a strategy's callback ran, by strategy and callback.</summary>
    public const string CallbackDuration = "provisioning.strategy.callback.duration";

    public const string Operation = "provisioning.operation";
    public const string Source = "provisioning.source";
    public const string Status = "provisioning.status";
    public const string Step = "provisioning.step";
    public const string StepStatus = "provisioning.step.status";
    public const string Interval = "provisioning.interval";
    public const string Strategy = "provisioning.strategy";
    public const string Callback = "provisioning.callback";
}
