using Provisioning.Intervals;

namespace Provisioning.State;

/// <summary>A bar series a symbol has in the session.</summary>
/// <param name="Interval">Its interval.</param>
/// <param name="BuiltFrom">The base it is aggregated from; null for a base series.</param>
/// <param name="IsStreaming">True when the session stream feeds it (base series only).</param>
/// <param name="Loaded">
/// The bar time the series holds, history and streamed bars together; null when it holds none. While
/// <paramref name="IsStreaming"/> is true the stream keeps the end of this range at the session clock.
/// </param>
public sealed record IntervalState(Interval Interval, Interval? BuiltFrom = null, bool IsStreaming = false, HistoryRange? Loaded = null);
