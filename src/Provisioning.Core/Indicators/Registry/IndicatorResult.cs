using System.Diagnostics.CodeAnalysis;

namespace Provisioning.Indicators.Registry;

/// <summary>
/// The outcome of looking up, validating or creating an indicator by name: the value, or what was wrong with a
/// sentence a person can act on. Bad names and parameters from configs are results, never exceptions.
/// </summary>
/// <typeparam name="T">What was asked for: an <see cref="IndicatorSpec"/>, an <see cref="IIndicator"/>, ...</typeparam>
internal readonly struct IndicatorResult<T>
    where T : class
{
    private IndicatorResult(T? value, IndicatorError error, string? reason)
    {
        Value = value;
        Error = error;
        Reason = reason;
    }

    /// <summary>The value; null when <see cref="Success"/> is false.</summary>
    public T? Value { get; }

    /// <summary>The first thing that was wrong, or <see cref="IndicatorError.None"/>.</summary>
    public IndicatorError Error { get; }

    /// <summary>Everything that was wrong and what to write instead; null on success.</summary>
    public string? Reason { get; }

    /// <summary>True when <see cref="Value"/> holds the result.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool Success => Error == IndicatorError.None;

    /// <summary>A successful result.</summary>
    public static IndicatorResult<T> Ok(T value) => new(value, IndicatorError.None, null);

    /// <summary>A failed result.</summary>
    public static IndicatorResult<T> Fail(IndicatorError error, string reason) => new(null, error, reason);

    /// <summary>This failure as a failure of another result type (the same error and reason).</summary>
    /// <exception cref="System.InvalidOperationException">This result is a success.</exception>
    public IndicatorResult<TOther> AsFailure<TOther>()
        where TOther : class =>
        Success
            ? throw new System.InvalidOperationException("A successful result has no failure to pass on.")
            : IndicatorResult<TOther>.Fail(Error, Reason);

    /// <inheritdoc />
    public override string ToString() => Success ? Value.ToString() ?? string.Empty : $"{Error}: {Reason}";
}
