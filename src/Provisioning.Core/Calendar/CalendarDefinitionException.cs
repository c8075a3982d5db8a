using System;

namespace Provisioning.Calendar;

/// <summary>
/// A calendar definition file could not be used: the message names the file, the line and JSON path of the problem and
/// what to write instead (docs/calendars.md describes the format).
/// </summary>
public sealed class CalendarDefinitionException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public CalendarDefinitionException(string message, string source, string? jsonPath = null, int? line = null, Exception? innerException = null)
        : base(message, innerException)
    {
        SourceName = source;
        JsonPath = jsonPath;
        Line = line;
    }

    /// <summary>The file (or the name given for a stream) the definition came from.</summary>
    public string SourceName { get; }

    /// <summary>The JSON path of the problem, such as <c>$.holidays[2].date.weekday</c>; null when it concerns the whole file.</summary>
    public string? JsonPath { get; }

    /// <summary>The 1-based line of the problem; null when it has none.</summary>
    public int? Line { get; }
}
