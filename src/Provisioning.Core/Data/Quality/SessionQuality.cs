using System;

namespace Provisioning.Data.Quality;

/// <summary>Expected and present bars of one session inside the analysed range.</summary>
/// <param name="Date">The session's exchange-local date.</param>
/// <param name="ExpectedBars">Bars the calendar expects in the range (fewer on early closes).</param>
/// <param name="PresentBars">Valid bars found on the session's bar grid.</param>
/// <param name="IsEarlyClose">True when the session closes early.</param>
internal sealed record SessionQuality(DateOnly Date, int ExpectedBars, int PresentBars, bool IsEarlyClose)
{
    /// <summary>Present over expected, in percent (100 when nothing is expected).</summary>
    public double QualityPercent => ExpectedBars == 0 ? 100.0 : 100.0 * PresentBars / ExpectedBars;
}
