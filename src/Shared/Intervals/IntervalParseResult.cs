namespace Provisioning.Intervals;

/// <summary>
/// The outcome of reading a text as an <see cref="Interval"/>: the interval, or the error with a sentence a person can act on.
/// </summary>
internal readonly partial struct IntervalParseResult
{
    private IntervalParseResult(Interval interval, IntervalParseError error, string? reason, bool isCanonical)
    {
        Interval = interval;
        Error = error;
        Reason = reason;
        IsCanonical = isCanonical;
    }

    /// <summary>The interval read; <c>default</c> when <see cref="Success"/> is false.</summary>
    public Interval Interval { get; }

    /// <summary>What is wrong with the text, or <see cref="IntervalParseError.None"/>.</summary>
    public IntervalParseError Error { get; }

    /// <summary>Why the text was refused and what to write instead; null on success.</summary>
    public string? Reason { get; }

    /// <summary>True when the text was a supported interval.</summary>
    public bool Success => Error == IntervalParseError.None;

    /// <summary>True when the text is already the canonical spelling of the interval ("5m", not "5min" or "300s").</summary>
    public bool IsCanonical { get; }

    internal static IntervalParseResult Ok(Interval interval, bool isCanonical) =>
        new(interval, IntervalParseError.None, null, isCanonical);

    internal static IntervalParseResult Fail(IntervalParseError error, string reason) =>
        new(default, error, reason, false);
}
