using System;

namespace Provisioning.Data.Store;

/// <summary>
/// The columns of one bar file as the store reads them, resolved once from the footer: names, storage and the
/// timestamp's unit and zone. It holds no Parquet.Net objects, so it outlives the reader it was made from.
/// </summary>
internal sealed record BarFileColumns(
    string TimestampName,
    bool TimestampNullable,
    TimestampEncoding TimestampEncoding,
    EpochUnit TimestampUnit,
    EpochUnit StatisticsUnit,
    bool TimestampIsLocal,
    bool TimestampIsDate,
    NumberColumn Open,
    NumberColumn High,
    NumberColumn Low,
    NumberColumn Close,
    NumberColumn Volume)
{
    /// <summary>The ticks of 1970-01-01T00:00:00Z.</summary>
    public static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    /// <summary>This file's columns with the epoch unit settled (after inferring it from the values).</summary>
    public BarFileColumns WithUnit(EpochUnit unit) => this with { TimestampUnit = unit, StatisticsUnit = unit };

    /// <summary>Converts a count of <paramref name="unit"/> since the epoch to ticks; false when out of DateTime's range.</summary>
    public static bool TryToTicks(long value, EpochUnit unit, out long ticks)
    {
        ticks = 0;
        long perUnit;
        switch (unit)
        {
            case EpochUnit.Nanoseconds:
                ticks = UnixEpochTicks + Math.DivRem(value, 100, out var remainder) - (remainder < 0 ? 1 : 0);
                return true;
            case EpochUnit.Microseconds:
                perUnit = 10;
                break;
            case EpochUnit.Milliseconds:
                perUnit = TimeSpan.TicksPerMillisecond;
                break;
            default:
                perUnit = TimeSpan.TicksPerSecond;
                break;
        }

        var max = (DateTime.MaxValue.Ticks - UnixEpochTicks) / perUnit;
        var min = -UnixEpochTicks / perUnit;
        if (value < min || value > max)
        {
            return false;
        }

        ticks = UnixEpochTicks + (value * perUnit);
        return true;
    }

    /// <summary>The unit of a bare epoch integer by its magnitude (see <see cref="EpochUnit.Auto"/>).</summary>
    public static EpochUnit InferUnit(long value)
    {
        var magnitude = value == long.MinValue ? long.MaxValue : Math.Abs(value);
        return magnitude < 100_000_000_000L ? EpochUnit.Seconds
            : magnitude < 100_000_000_000_000L ? EpochUnit.Milliseconds
            : magnitude < 100_000_000_000_000_000L ? EpochUnit.Microseconds
            : EpochUnit.Nanoseconds;
    }
}
