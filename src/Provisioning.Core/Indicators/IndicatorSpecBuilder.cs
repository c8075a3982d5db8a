using System;
using Provisioning.Collections;
using Provisioning.Indicators.Registry;
using Provisioning.Intervals;
using Provisioning.Indicators.__Internals;

namespace Provisioning.Indicators;

/// <summary>
/// An indicator with checked parameter values and its warm-up, not yet put on bars of an interval: what a generated
/// <c>Sma.Spec(period: 20)</c> returns. <see cref="On(Interval)"/> makes the <see cref="IndicatorSpec"/>.
/// </summary>
public sealed class IndicatorSpecBuilder
{
    internal IndicatorSpecBuilder(IndicatorDescriptor descriptor, EquatableArray<IndicatorParameter> parameters, int warmupBars)
    {
        Descriptor = descriptor;
        Parameters = parameters;
        WarmupBars = warmupBars;
    }

    /// <summary>The indicator's declaration.</summary>
    internal IndicatorDescriptor Descriptor { get; }

    /// <summary>The declared name ("sma").</summary>
    public string Name => Descriptor.Name;

    /// <summary>The parameter values in constructor order, named as declared.</summary>
    public EquatableArray<IndicatorParameter> Parameters { get; }

    /// <summary>Bars needed before the indicator is ready, from its <c>WarmupBars</c>.</summary>
    public int WarmupBars { get; }

    /// <summary>The indicator on bars of <paramref name="interval"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is the default (no interval).</exception>
    public IndicatorSpec On(Interval interval) =>
        interval.IsDefault
            ? throw new ArgumentException("An interval is required, such as Interval.Minutes(5).", nameof(interval))
            : new IndicatorSpec(Name, Parameters, interval, WarmupBars, Descriptor.Input);

    /// <summary>The indicator on bars of the interval written as text ("5m").</summary>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not a supported interval; the message says why.</exception>
    public IndicatorSpec On(string interval)
    {
        var parsed = IntervalParser.Parse(interval);
        return parsed.Success ? On(parsed.Interval) : throw new ArgumentException(parsed.Reason, nameof(interval));
    }

    /// <summary>The indicator on bars of the interval written as text, or why the text is not an interval.</summary>
    internal IndicatorResult<IndicatorSpec> TryOn(string? interval)
    {
        var parsed = IntervalParser.Parse(interval);
        return parsed.Success
            ? IndicatorResult<IndicatorSpec>.Ok(On(parsed.Interval))
            : IndicatorResult<IndicatorSpec>.Fail(IndicatorError.InvalidInterval, parsed.Reason!);
    }

    /// <summary>Creates the indicator with these parameter values.</summary>
    public IIndicator Create()
    {
        var created = Descriptor.Create(Parameters);
        return created.Success ? created.Value : throw new InvalidOperationException(created.Reason);
    }

    /// <summary>The key without an interval: <c>sma(20)</c>.</summary>
    public override string ToString()
    {
        var key = On(Interval.Minutes(1)).Key;
        return key[..key.LastIndexOf('@')];
    }
}
