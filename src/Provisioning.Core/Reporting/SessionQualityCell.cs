using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Reporting;

/// <summary>
/// One cell of the report's data-quality strip: for one series and one trading session, the bars the calendar expects
/// between the first held bar and the report time against the bars held on the session's bar grid, with the gaps.
/// </summary>
/// <param name="Date">The session's exchange date.</param>
/// <param name="ExpectedBars">Bars the calendar expects in the part of the session the series covers.</param>
/// <param name="PresentBars">Held bars on that part's grid.</param>
/// <param name="Gaps">The runs of missing bars (the first <see cref="MaxGapsListed"/>), start and bar count.</param>
/// <param name="GapCount">Every run of missing bars, listed or not.</param>
/// <param name="IsEarlyClose">True when the session closes early.</param>
internal sealed record SessionQualityCell(DateOnly Date, int ExpectedBars, int PresentBars, IReadOnlyList<(DateTime StartUtc, int Bars)> Gaps, int GapCount, bool IsEarlyClose)
{
    /// <summary>The most gaps listed per cell.</summary>
    public const int MaxGapsListed = 20;

    /// <summary>
    /// The cells of an intraday series held from its first bar up to <paramref name="untilUtc"/>, one per session; empty
    /// for a series with no bars or of a day or longer interval (not measured on a grid).
    /// </summary>
    public static IReadOnlyList<SessionQualityCell> Of(ReadOnlySpan<Bar> bars, Interval interval, ITradingCalendar calendar, DateTime untilUtc)
    {
        if (bars.IsEmpty || !interval.IsIntraday)
        {
            return [];
        }

        var from = bars[0].Start;
        var starts = new HashSet<DateTime>(bars.Length);
        foreach (var bar in bars)
        {
            starts.Add(bar.Start);
        }

        var last = bars[^1].Start;
        var until = untilUtc > last ? untilUtc : calendar.EndUtc(interval, last);
        var step = TimeSpan.FromSeconds(interval.TotalSeconds);
        var cells = new List<SessionQualityCell>();
        foreach (var session in calendar.SessionsInRange(calendar.ExchangeDate(from), calendar.ExchangeDate(until)))
        {
            int expected = 0, present = 0, gapCount = 0, run = 0;
            var gaps = new List<(DateTime, int)>();
            var runStart = DateTime.MinValue;
            for (var start = session.OpenUtc; start < session.CloseUtc; start += step)
            {
                // Only the part of the session the series covers, and only bars that have ended by the report time.
                if (start < from || start + step > until || !session.IsTrading(start))
                {
                    continue;
                }

                expected++;
                if (starts.Contains(start))
                {
                    present++;
                    Close(ref run);
                }
                else if (run++ == 0)
                {
                    runStart = start;
                }
            }

            Close(ref run);
            if (expected > 0)
            {
                cells.Add(new SessionQualityCell(session.Date, expected, present, gaps, gapCount, session.IsEarlyClose));
            }

            void Close(ref int missing)
            {
                if (missing == 0)
                {
                    return;
                }

                gapCount++;
                if (gaps.Count < MaxGapsListed)
                {
                    gaps.Add((runStart, missing));
                }

                missing = 0;
            }
        }

        return cells;
    }

    /// <summary>Present over expected, in percent (100 when nothing is expected).</summary>
    public double QualityPercent => ExpectedBars == 0 ? 100.0 : 100.0 * PresentBars / ExpectedBars;

    /// <summary>The number of gaps listed (never more than <see cref="MaxGapsListed"/>).</summary>
    public int GapsListed => Gaps.Count;

    /// <summary>Missing bars in the cell.</summary>
    public int MissingBars => Math.Max(0, ExpectedBars - PresentBars);

    /// <summary>True when the listed gaps are all there are.</summary>
    public bool AllGapsListed => Gaps.Count == GapCount && Gaps.Sum(g => g.Bars) == MissingBars;
}
