using System;
using System.Globalization;

namespace Provisioning.Data.Quality;

/// <summary>A run of bars the exchange calendar expects that the history lacks, inside one session.</summary>
/// <param name="SessionDate">The session's exchange-local date.</param>
/// <param name="FromUtc">The start of the first missing bar.</param>
/// <param name="ToUtc">The end of the last missing bar (exclusive; the close when the run reaches it).</param>
/// <param name="MissingBars">The bars missing in the run.</param>
public readonly record struct BarGap(DateOnly SessionDate, DateTime FromUtc, DateTime ToUtc, int MissingBars)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{MissingBars:#,0} missing on {SessionDate:yyyy-MM-dd} ({FromUtc:HH:mm}Z..{ToUtc:HH:mm}Z)");
}
