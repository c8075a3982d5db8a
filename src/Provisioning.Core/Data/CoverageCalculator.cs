using System;
using System.Collections.Generic;
using System.Globalization;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Text;

namespace Provisioning.Data;

/// <summary>
/// Decides from a <see cref="SeriesAvailability"/> (metadata only) whether the bars from a first to a last needed bar
/// start are stored. With a calendar it also finds holes: whole sessions that fall between two row groups.
/// Any unusable file of the series makes the answer "not covered", since the missing bars could be in it.
/// </summary>
internal static class CoverageCalculator
{
    /// <summary>The coverage of [<paramref name="firstNeededUtc"/>, <paramref name="lastNeededUtc"/>] (bar starts, inclusive).</summary>
    public static SeriesCoverage Compute(
        SeriesAvailability availability,
        DateTime firstNeededUtc,
        DateTime lastNeededUtc,
        ITradingCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var coverage = new SeriesCoverage(availability.Symbol, availability.Interval, firstNeededUtc, lastNeededUtc)
        {
            FirstBarUtc = availability.FirstBarUtc,
            LastBarUtc = availability.LastBarUtc,
            Problems = availability.Problems,
        };
        var series = availability.Symbol + " " + availability.Interval;
        if (!availability.Problems.IsEmpty)
        {
            return coverage with
            {
                Reason = series + ": " + CountText.Of(availability.Problems.Count, "file cannot", "files cannot") + " be used: " + availability.Problems[0].Message,
            };
        }

        if (availability.FirstBarUtc is not { } first || availability.LastBarUtc is not { } last)
        {
            return coverage with { Reason = series + ": the store has no bars." };
        }

        if (first > firstNeededUtc)
        {
            return coverage with
            {
                Reason = series + ": stored bars start at " + Format(first) + "; bars are needed from " + Format(firstNeededUtc) + ".",
            };
        }

        if (last < lastNeededUtc)
        {
            return coverage with
            {
                Reason = series + ": stored bars end at " + Format(last) + "; bars are needed up to " + Format(lastNeededUtc) + ".",
            };
        }

        var holes = calendar is null ? [] : FindHoles(availability, firstNeededUtc, lastNeededUtc, calendar);
        if (holes.Count > 0)
        {
            var missing = 0;
            foreach (var hole in holes)
            {
                missing += hole.MissingSessions;
            }

            return coverage with
            {
                Holes = new EquatableArray<CoverageHole>(holes),
                Reason = series + ": " + CountText.Of(missing, "whole session is", "whole sessions are") + " missing between " + Format(holes[0].AfterUtc)
                    + " and " + Format(holes[^1].BeforeUtc) + ".",
            };
        }

        return coverage with
        {
            Covered = true,
            Reason = series + ": stored from " + Format(first) + " to " + Format(last) + ", which covers "
                + Format(firstNeededUtc) + " to " + Format(lastNeededUtc) + ".",
        };
    }

    private static List<CoverageHole> FindHoles(SeriesAvailability availability, DateTime from, DateTime to, ITradingCalendar calendar)
    {
        var holes = new List<CoverageHole>();
        var spans = availability.Spans;
        var daily = !availability.Interval.IsIntraday;
        var reach = DateTime.MinValue;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (i > 0 && span.FirstUtc > reach && reach < to && span.FirstUtc > from)
            {
                var missing = SessionsBetween(calendar, reach, span.FirstUtc, from, to, daily);
                if (missing > 0)
                {
                    holes.Add(new CoverageHole(reach, span.FirstUtc, missing));
                }
            }

            reach = span.LastUtc > reach ? span.LastUtc : reach;
        }

        return holes;
    }

    /// <summary>Sessions whose bars would lie strictly between two stored bar starts and inside [from, to].</summary>
    private static int SessionsBetween(ITradingCalendar calendar, DateTime after, DateTime before, DateTime from, DateTime to, bool daily)
    {
        var firstDate = Clamp(SessionDate(after, calendar), calendar);
        var lastDate = Clamp(SessionDate(before, calendar), calendar);
        if (lastDate < firstDate)
        {
            return 0;
        }

        var count = 0;
        foreach (var session in calendar.SessionsInRange(firstDate, lastDate))
        {
            var inGap = daily
                ? session.Date > SessionDate(after, calendar) && session.Date < SessionDate(before, calendar)
                : session.OpenUtc > after && session.OpenUtc < before;
            var needed = daily
                ? session.Date >= SessionDate(from, calendar) && session.Date <= SessionDate(to, calendar)
                : session.OpenUtc >= from && session.OpenUtc <= to;
            if (inGap && needed)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The session date of a bar start: the UTC date of a midnight stamp, otherwise the exchange-local date.</summary>
    internal static DateOnly SessionDate(DateTime startUtc, ITradingCalendar calendar) =>
        startUtc.TimeOfDay == TimeSpan.Zero
            ? DateOnly.FromDateTime(startUtc)
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), calendar.TimeZone));

    private static DateOnly Clamp(DateOnly date, ITradingCalendar calendar) =>
        date < calendar.FirstDate ? calendar.FirstDate : date > calendar.LastDate ? calendar.LastDate : date;

    internal static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
