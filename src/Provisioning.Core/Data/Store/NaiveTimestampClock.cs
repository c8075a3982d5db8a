using System;

namespace Provisioning.Data.Store;

/// <summary>
/// Turns wall-clock ticks of a time zone into UTC ticks, looking the offset up once per hour of wall time: rows are
/// in time order, so a day of minute bars costs a handful of look-ups.
/// </summary>
internal sealed class NaiveTimestampClock
{
    private readonly TimeZoneInfo _zone;
    private long _hourStart = -1;
    private long _hourEnd = -1;
    private long _offset;

    public NaiveTimestampClock(TimeZoneInfo zone)
    {
        _zone = zone;
    }

    /// <summary>The UTC ticks of <paramref name="localTicks"/>; false when the result leaves DateTime's range.</summary>
    public bool TryToUtc(long localTicks, out long utcTicks)
    {
        if (localTicks < _hourStart || localTicks >= _hourEnd)
        {
            _hourStart = localTicks - (localTicks % TimeSpan.TicksPerHour);
            _hourEnd = _hourStart + TimeSpan.TicksPerHour;
            _offset = _zone.GetUtcOffset(new DateTime(_hourStart, DateTimeKind.Unspecified)).Ticks;
        }

        utcTicks = localTicks - _offset;
        return utcTicks >= 0 && utcTicks <= DateTime.MaxValue.Ticks;
    }
}
