namespace Provisioning.Data.Store;

/// <summary>
/// A series' availability with the file summaries it was computed from: still the answer while the series' walk finds
/// the same files and the store's footer cache returns the same summaries for them (each checked against its file's
/// length and write time).
/// </summary>
/// <param name="Summaries">The summaries, in the walk's order.</param>
/// <param name="Availability">The answer computed from them.</param>
internal sealed record CachedAvailability(BarFileSummary[] Summaries, SeriesAvailability Availability)
{
    /// <summary>True when <paramref name="summaries"/> are the very summaries this answer was computed from.</summary>
    public bool IsFor(BarFileSummary[] summaries)
    {
        if (summaries.Length != Summaries.Length)
        {
            return false;
        }

        for (var i = 0; i < summaries.Length; i++)
        {
            if (!ReferenceEquals(summaries[i], Summaries[i]))
            {
                return false;
            }
        }

        return true;
    }
}
