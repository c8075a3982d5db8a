using System;

namespace Provisioning.Calendar;

/// <summary>
/// One regular trading session of an exchange: its date and its open and close as UTC instants, with the break inside it
/// when the exchange has one (Tokyo's lunch). The open may fall on the day before the date (CME opens at 17:00 Chicago
/// time the evening before) and the close at midnight after it (24:00 for round-the-clock markets).
/// </summary>
/// <param name="Date">The session date (the exchange's label for the session).</param>
/// <param name="OpenUtc">The regular open, UTC.</param>
/// <param name="CloseUtc">The regular close, UTC (13:00 New York on early-close days for XNYS).</param>
/// <param name="IsEarlyClose">True when the session closes before the exchange's regular close.</param>
public readonly record struct TradingSession(DateOnly Date, DateTime OpenUtc, DateTime CloseUtc, bool IsEarlyClose)
{
    /// <summary>Where the break starts, UTC; null when the session has no break.</summary>
    public DateTime? BreakStartUtc { get; init; }

    /// <summary>Where the break ends (trading resumes), UTC; null when the session has no break.</summary>
    public DateTime? BreakEndUtc { get; init; }

    /// <summary>True when the session has a break.</summary>
    public bool HasBreak => BreakStartUtc is not null;

    /// <summary>The session's length from open to close, the break included.</summary>
    public TimeSpan Length => CloseUtc - OpenUtc;

    /// <summary>The time the session trades: its length without the break.</summary>
    public TimeSpan TradingLength => BreakStartUtc is { } start && BreakEndUtc is { } end ? Length - (end - start) : Length;

    /// <summary>True when <paramref name="instantUtc"/> is in [open, close), the break included.</summary>
    public bool Contains(DateTime instantUtc) => instantUtc >= OpenUtc && instantUtc < CloseUtc;

    /// <summary>True when <paramref name="instantUtc"/> is in [open, close) and not in the break [break start, break end).</summary>
    public bool IsTrading(DateTime instantUtc) =>
        Contains(instantUtc) && !(BreakStartUtc is { } start && BreakEndUtc is { } end && instantUtc >= start && instantUtc < end);
}
