using System;

namespace Provisioning.Strategies;

/// <summary>
/// Declares bars a strategy needs: a base interval the session streams or stores (<see cref="Base"/> = true), or a
/// derived interval aggregated from a base. The interval text follows the interval grammar ("1m", "5m", "1h", "1d").
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class BarsAttribute : Attribute
{
    /// <summary>Declares bars of <paramref name="interval"/>.</summary>
    public BarsAttribute(string interval)
    {
        Interval = interval;
    }

    /// <summary>The interval text.</summary>
    public string Interval { get; }

    /// <summary>True when the interval is streamed or stored as is rather than aggregated.</summary>
    public bool Base { get; set; }

    /// <summary>Trading days of history to load before the session; 0 for none.</summary>
    public int HistoricalDays { get; set; }
}
