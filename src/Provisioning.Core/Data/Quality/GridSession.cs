using Provisioning.Calendar;

namespace Provisioning.Data.Quality;

/// <summary>One session of a <see cref="QualityGrid"/>.</summary>
/// <param name="Session">The trading session.</param>
/// <param name="First">The index (in the session's bars) of the first bar expected in the range.</param>
/// <param name="Count">The number of bars expected in the range.</param>
/// <param name="Offset">Where the session's flags start in a tally's flat array.</param>
/// <param name="MorningBars">The bars before a break (all the session's bars when it has none).</param>
internal readonly record struct GridSession(TradingSession Session, int First, int Count, int Offset, int MorningBars);
