using System;
using System.Globalization;

namespace Provisioning.Intervals;

/// <summary>
/// A bar interval: a whole count of a unit (1s, 5m, 1h, 1d, 1w). Values are kept canonical: 60s is 1m and 60m is 1h,
/// but minutes never become days ("1440m" is a minute bar, "1d" is a session bar). Intraday intervals are never
/// longer than a day (<see cref="MaxIntradayMinutes"/> minutes); a market's own cap is its longest session, checked
/// where the market is known (docs/calendars.md).
/// </summary>
public readonly partial struct Interval : IEquatable<Interval>, IComparable<Interval>
{
    /// <summary>
    /// The longest intraday interval in minutes on any market: a day, the longest session a calendar has (24/7, CME).
    /// Each calendar caps intraday intervals at its own longest session (390 minutes on XNYS).
    /// </summary>
    public const int MaxIntradayMinutes = 1440;

    /// <summary>The most days a day interval may hold (about a trading year).</summary>
    public const int MaxDays = 366;

    /// <summary>The most weeks a week interval may hold.</summary>
    public const int MaxWeeks = 53;

    private Interval(int count, IntervalUnit unit)
    {
        Count = count;
        Unit = unit;
    }

    /// <summary>The number of units, at least 1 for any valid interval.</summary>
    public int Count { get; }

    /// <summary>The unit.</summary>
    public IntervalUnit Unit { get; }

    /// <summary>True for second, minute and hour intervals; false for day and week intervals.</summary>
    public bool IsIntraday => Unit <= IntervalUnit.Hour;

    /// <summary>True for the zero value, which is not a valid interval.</summary>
    public bool IsDefault => Count == 0;

    /// <summary>The length of an intraday interval in seconds; 0 for day and week intervals.</summary>
    public int TotalSeconds => Unit switch
    {
        IntervalUnit.Second => Count,
        IntervalUnit.Minute => Count * 60,
        IntervalUnit.Hour => Count * 3600,
        _ => 0,
    };

    /// <summary>A seconds interval.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive or the interval is longer than a day.</exception>
    public static Interval Seconds(int count) => Create(count, IntervalUnit.Second);

    /// <summary>A minutes interval.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive or the interval is longer than a day.</exception>
    public static Interval Minutes(int count) => Create(count, IntervalUnit.Minute);

    /// <summary>An hours interval.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive or the interval is longer than a day.</exception>
    public static Interval Hours(int count) => Create(count, IntervalUnit.Hour);

    /// <summary>A trading-days interval.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not between 1 and <see cref="MaxDays"/>.</exception>
    public static Interval Days(int count) => Create(count, IntervalUnit.Day);

    /// <summary>A trading-weeks interval.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not between 1 and <see cref="MaxWeeks"/>.</exception>
    public static Interval Weeks(int count) => Create(count, IntervalUnit.Week);

    /// <summary>Makes a canonical interval from a count and unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The combination is not a supported interval.</exception>
    public static Interval Create(int count, IntervalUnit unit)
    {
        var result = IntervalParser.FromParts(count, unit);
        if (!result.Success)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, result.Reason);
        }

        return result.Interval;
    }

    /// <summary>Reads a text such as "5m", "5min", "1H" or "1D".</summary>
    /// <exception cref="FormatException">The text is no interval; the message says why and what to write.</exception>
    public static Interval Parse(string? text)
    {
        var result = IntervalParser.Parse(text);
        return result.Success ? result.Interval : throw new FormatException(result.Reason);
    }

    /// <summary>Reads a text as an interval; false with <paramref name="interval"/> = default when it is not one.</summary>
    public static bool TryParse(string? text, out Interval interval) => TryParse(text, out interval, out _);

    /// <summary>
    /// Reads a text as an interval; false with <paramref name="interval"/> = default and <paramref name="error"/> saying
    /// why (and what to write instead) when it is not one.
    /// </summary>
    public static bool TryParse(string? text, out Interval interval, out string? error)
    {
        var result = IntervalParser.Parse(text);
        interval = result.Interval;
        error = result.Success ? null : result.Reason ?? "not an interval";
        return result.Success;
    }

    /// <summary>
    /// True when bars of this interval can be aggregated from bars of <paramref name="baseInterval"/>:
    /// an intraday interval from a shorter intraday interval that divides it, a day interval from any intraday interval
    /// or from a day interval that divides it, a week interval from days (one day) or intraday bars.
    /// Every interval can be built from itself.
    /// </summary>
    public bool CanBeBuiltFrom(Interval baseInterval)
    {
        if (IsDefault || baseInterval.IsDefault)
        {
            return false;
        }

        if (IsIntraday)
        {
            return baseInterval.IsIntraday && TotalSeconds % baseInterval.TotalSeconds == 0;
        }

        if (Unit == IntervalUnit.Day)
        {
            return baseInterval.IsIntraday || (baseInterval.Unit == IntervalUnit.Day && Count % baseInterval.Count == 0);
        }

        return baseInterval.IsIntraday
            || (baseInterval.Unit == IntervalUnit.Day && baseInterval.Count == 1)
            || (baseInterval.Unit == IntervalUnit.Week && Count % baseInterval.Count == 0);
    }

    /// <summary>The canonical text: "1s", "5m", "1h", "1d", "1w".</summary>
    public override string ToString() =>
        IsDefault ? "(none)" : Count.ToString(CultureInfo.InvariantCulture) + UnitSuffix(Unit);

    /// <inheritdoc />
    public bool Equals(Interval other) => Count == other.Count && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Interval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Count * 8) + (int)Unit;

    /// <summary>
    /// Orders intraday intervals by length, then day intervals by count, then week intervals by count.
    /// </summary>
    public int CompareTo(Interval other)
    {
        var kind = Kind(this).CompareTo(Kind(other));
        if (kind != 0)
        {
            return kind;
        }

        return IsIntraday ? TotalSeconds.CompareTo(other.TotalSeconds) : Count.CompareTo(other.Count);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(Interval left, Interval right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Interval left, Interval right) => !left.Equals(right);

    /// <summary>Shorter than.</summary>
    public static bool operator <(Interval left, Interval right) => left.CompareTo(right) < 0;

    /// <summary>Longer than.</summary>
    public static bool operator >(Interval left, Interval right) => left.CompareTo(right) > 0;

    /// <summary>Shorter than or equal.</summary>
    public static bool operator <=(Interval left, Interval right) => left.CompareTo(right) <= 0;

    /// <summary>Longer than or equal.</summary>
    public static bool operator >=(Interval left, Interval right) => left.CompareTo(right) >= 0;

    internal static Interval FromCanonicalParts(int count, IntervalUnit unit) => new(count, unit);

    internal static string UnitSuffix(IntervalUnit unit) => unit switch
    {
        IntervalUnit.Second => "s",
        IntervalUnit.Minute => "m",
        IntervalUnit.Hour => "h",
        IntervalUnit.Day => "d",
        _ => "w",
    };

    private static int Kind(Interval interval) => interval.IsIntraday ? 0 : (int)interval.Unit;
}
