namespace Provisioning.Calendar.Definitions;

/// <summary>What an exchange does when a holiday (or an early-close date) falls on a Saturday or a Sunday.</summary>
internal enum WeekendObservance
{
    /// <summary>Nothing: a holiday on a weekend is simply not observed.</summary>
    None = 0,

    /// <summary>A Saturday holiday is observed on the Friday before, a Sunday holiday on the Monday after.</summary>
    SaturdayToFridaySundayToMonday = 1,

    /// <summary>
    /// A Sunday holiday is observed on the Monday after; a Saturday holiday is not observed at all
    /// (NYSE's New Year's Day: the Friday before ends an accounting year and stays a session).
    /// </summary>
    SundayToMondayOnly = 2,

    /// <summary>A Saturday or Sunday date moves to the Friday before (London's Christmas Eve half day).</summary>
    PreviousWeekday = 3,

    /// <summary>A Saturday or Sunday date moves to the Monday after.</summary>
    NextWeekday = 4,

    /// <summary>
    /// A Saturday or Sunday holiday moves to the next weekday that is neither another holiday's own date nor already taken
    /// by a moved holiday (UK bank holidays: Christmas on a Saturday and Boxing Day on a Sunday close Monday and Tuesday).
    /// </summary>
    NextFreeWeekday = 5,

    /// <summary>
    /// A Sunday holiday moves to the next weekday that is neither another holiday's own date nor already taken (Japan's
    /// substitute holiday); a Saturday holiday is not observed.
    /// </summary>
    SundayToNextFreeWeekday = 6,
}
