using System;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Indicators.__Internals;

namespace Provisioning.Reporting;

/// <summary>
/// An indicator's values along the bars its series holds, for the report's chart: a fresh instance of the same spec
/// fed the held bars in order through the same <see cref="IIndicator"/> code as the session (session starts included).
/// The session keeps only each indicator's current value, so the line is recomputed from the bars the series holds.
/// </summary>
internal static class IndicatorTrace
{
    /// <summary>One value per bar (NaN while warming up), or the reason no values could be computed.</summary>
    public static (double[]? Values, string? Problem) Of(IndicatorSpec spec, ReadOnlySpan<Bar> bars, IndicatorCatalog catalog, ITradingCalendar calendar)
    {
        var created = catalog.Create(spec);
        if (!created.Success || created.Value is not { } indicator)
        {
            return (null, "its values cannot be recomputed: " + created.Reason);
        }

        var values = new double[bars.Length];
        var session = default(TradingSession);
        try
        {
            for (var i = 0; i < bars.Length; i++)
            {
                if (!session.Contains(bars[i].Start) && calendar.TrySessionContaining(bars[i].Start, out var next))
                {
                    session = next;
                    indicator.OnSessionStart(session);
                }

                indicator.Update(bars[i]);
                values[i] = indicator.IsReady ? indicator.Value : double.NaN;
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A user-declared indicator that throws on a bar: the report shows the chart without its line and says why.
            return (null, "it threw while its values were recomputed: " + exception.Message);
        }

        return (values, null);
    }
}
