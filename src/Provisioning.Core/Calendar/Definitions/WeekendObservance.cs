namespace Provisioning.Calendar.Definitions;

/// <summary>What an exchange does when a holiday falls on a Saturday or a Sunday.</summary>
public enum WeekendObservance
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
}
