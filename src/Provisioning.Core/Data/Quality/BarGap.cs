using System;

namespace Provisioning.Data.Quality;

/// <summary>A run of expected bars missing inside one session.</summary>
/// <param name="SessionDate">The session's exchange-local date.</param>
/// <param name="FromUtc">The start of the first missing bar.</param>
/// <param name="ToUtc">The end of the last missing bar (exclusive; the close when the run reaches it).</param>
/// <param name="MissingBars">The bars missing in the run.</param>
internal readonly record struct BarGap(DateOnly SessionDate, DateTime FromUtc, DateTime ToUtc, int MissingBars);
