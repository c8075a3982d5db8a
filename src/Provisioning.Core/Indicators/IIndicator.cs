using Provisioning.Aggregation;

namespace Provisioning.Indicators;

/// <summary>
/// A streaming indicator. It is updated once per closed bar of its interval (<see cref="IBarSubscriber.Update"/>),
/// through the same code whether the bar comes from history (warm-up) or from the live stream; its warm-up window is
/// counted back from the session's open, so one added mid-session has, bit for bit, the values of one added before the
/// open (not those of one fed a longer history: a recursive indicator remembers where it started). It subscribes to the <see cref="BarAggregator"/> of its interval, which also
/// tells it when a trading session starts (<see cref="IBarSubscriber.OnSessionStart"/>).
/// Declare one with <see cref="Indicators.IndicatorAttribute"/> and a static <c>WarmupBars</c> method taking the
/// constructor's parameters; the generator then gives it a typed spec, a registry entry and a session <c>Add…</c> method.
/// </summary>
public interface IIndicator : IBarSubscriber
{
    /// <summary>True once enough bars have been seen for <see cref="Value"/> to be meaningful.</summary>
    bool IsReady { get; }

    /// <summary>The primary output (the average, the MACD line, the middle band, %K); NaN until ready.</summary>
    double Value { get; }

    /// <summary>Forgets every bar seen, as if newly created.</summary>
    void Reset();
}
