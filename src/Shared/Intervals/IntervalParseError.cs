namespace Provisioning.Intervals;

/// <summary>Why a text is not a supported <see cref="Interval"/>.</summary>
internal enum IntervalParseError
{
    /// <summary>The text is a supported interval.</summary>
    None = 0,

    /// <summary>The text is null, empty or white space.</summary>
    Empty,

    /// <summary>The text has no leading whole number ("m", "x5").</summary>
    MissingCount,

    /// <summary>The count is zero.</summary>
    ZeroCount,

    /// <summary>The count is negative ("-5m").</summary>
    NegativeCount,

    /// <summary>The count has a fraction ("1.5h").</summary>
    FractionalCount,

    /// <summary>The count is too large to be a bar interval.</summary>
    CountTooLarge,

    /// <summary>The text has a count but no unit ("5").</summary>
    MissingUnit,

    /// <summary>The unit is not one of s, m, h, d, w or their spellings ("7x").</summary>
    UnknownUnit,

    /// <summary>The unit is "M", which means months in some tools and minutes in others.</summary>
    AmbiguousUnit,

    /// <summary>An intraday interval longer than a day, or than the longest session of the market it is for ("7h" on XNYS, 09:30–16:00).</summary>
    LongerThanSession,
}
