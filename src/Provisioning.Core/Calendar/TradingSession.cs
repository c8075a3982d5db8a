using System;

namespace Provisioning.Calendar;

/// <summary>One regular trading session of an exchange: its local date and its open and close as UTC instants.</summary>
/// <param name="Date">The exchange-local date of the session.</param>
/// <param name="OpenUtc">The regular open, UTC.</param>
/// <param name="CloseUtc">The regular close, UTC (13:00 New York on early-close days for XNYS).</param>
/// <param name="IsEarlyClose">True when the session closes before the exchange's regular close.</param>
public readonly record struct TradingSession(DateOnly Date, DateTime OpenUtc, DateTime CloseUtc, bool IsEarlyClose)
{
    /// <summary>The session's length.</summary>
    public TimeSpan Length => CloseUtc - OpenUtc;

    /// <summary>True when <paramref name="instantUtc"/> is in [open, close).</summary>
    public bool Contains(DateTime instantUtc) => instantUtc >= OpenUtc && instantUtc < CloseUtc;
}
