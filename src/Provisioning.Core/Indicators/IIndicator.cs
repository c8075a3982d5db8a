using Provisioning.Data;

namespace Provisioning.Indicators;

/// <summary>
/// A streaming indicator. It is updated once per closed bar of its interval, through the same code whether the bar
/// comes from history (warm-up) or from the live stream, so a warmed indicator equals one that saw the whole stream.
/// Declare one with <see cref="Attributes.IndicatorAttribute"/> and a static <c>WarmupBars</c> method taking the
/// constructor's parameters; the generator then gives it a typed spec, a registry entry and a session <c>Add…</c> method.
/// </summary>
public interface IIndicator
{
    /// <summary>True once enough bars have been seen for <see cref="Value"/> to be meaningful.</summary>
    bool IsReady { get; }

    /// <summary>The primary output (the average, the MACD line, the middle band, %K); NaN until ready.</summary>
    double Value { get; }

    /// <summary>Takes one closed bar of the indicator's interval.</summary>
    void Update(in Bar bar);

    /// <summary>Forgets every bar seen, as if newly created.</summary>
    void Reset();
}
