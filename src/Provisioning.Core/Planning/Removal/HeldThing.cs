using Provisioning.Intervals;

namespace Provisioning.Planning.Removal;

/// <summary>One thing of a symbol an addition needed and so holds: the symbol, a series, a stream or an indicator.</summary>
/// <param name="Kind">What kind of thing.</param>
/// <param name="Interval">The series or stream's interval (the indicator's for an indicator; default for the symbol).</param>
/// <param name="IndicatorKey">The indicator's key (<c>sma(20)@5m</c>) for an indicator; null otherwise.</param>
internal readonly record struct HeldThing(HeldKind Kind, Interval Interval, string? IndicatorKey = null)
{
    /// <summary>The symbol itself.</summary>
    public static HeldThing Symbol => new(HeldKind.Symbol, default);

    /// <summary>A series of <paramref name="interval"/>.</summary>
    public static HeldThing Series(Interval interval) => new(HeldKind.Series, interval);

    /// <summary>The live stream of base <paramref name="interval"/>.</summary>
    public static HeldThing Stream(Interval interval) => new(HeldKind.Stream, interval);

    /// <summary>The indicator with <paramref name="key"/> on <paramref name="interval"/>.</summary>
    public static HeldThing Indicator(string key, Interval interval) => new(HeldKind.Indicator, interval, key);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        HeldKind.Symbol => "the symbol",
        HeldKind.Series => $"{Interval} bars",
        HeldKind.Stream => $"the {Interval} stream",
        _ => $"indicator {IndicatorKey}",
    };
}

/// <summary>The kinds of <see cref="HeldThing"/>.</summary>
internal enum HeldKind
{
    /// <summary>The symbol.</summary>
    Symbol = 0,

    /// <summary>A bar series.</summary>
    Series,

    /// <summary>A base interval's live stream.</summary>
    Stream,

    /// <summary>An indicator.</summary>
    Indicator,
}
