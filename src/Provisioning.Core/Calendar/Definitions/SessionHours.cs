using System;

namespace Provisioning.Calendar.Definitions;

/// <summary>
/// An exchange's regular hours from a date on: open, close and an optional break (Tokyo's lunch), all relative to the
/// session date. A definition lists one or more of these; each applies until the next one's <paramref name="From"/>.
/// </summary>
/// <param name="From">The first session date these hours apply to; null from the start of the definition.</param>
/// <param name="Open">The regular open.</param>
/// <param name="Close">The regular close.</param>
/// <param name="BreakStart">Where the break starts; null when there is none.</param>
/// <param name="BreakEnd">Where the break ends; null when there is none.</param>
internal sealed record SessionHours(DateOnly? From, SessionTime Open, SessionTime Close, SessionTime? BreakStart = null, SessionTime? BreakEnd = null)
{
    /// <summary>The longest a session may last: a round-the-clock day.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(1);

    /// <summary>What is wrong with these hours, or null when they are consistent.</summary>
    public string? Problem()
    {
        if (Open >= Close)
        {
            return $"the open ({Open}) must be before the close ({Close})";
        }

        if (Close.Offset - Open.Offset > MaxLength)
        {
            return $"a session lasts at most 24 hours; {Open} to {Close} is longer";
        }

        if (BreakStart is null != BreakEnd is null)
        {
            return "a break needs both breakStart and breakEnd";
        }

        if (BreakStart is { } start && BreakEnd is { } end && !(Open < start && start < end && end < Close))
        {
            return $"the break ({start}–{end}) must lie inside the session ({Open}–{Close})";
        }

        return null;
    }
}
