using System;

namespace Provisioning.Indicators;

/// <summary>
/// Declares an indicator. The class must be partial, non-generic, non-abstract and implement
/// <see cref="IIndicator"/>; its public constructor's parameters are the indicator's parameters (annotate them with
/// <see cref="ParameterAttribute"/> for ranges), and a <c>public static int WarmupBars(...)</c> method taking those
/// parameters by name says how many bars it needs before it is ready.
/// </summary>
/// <example>
/// <code>
/// [Indicator("sma")]
/// public sealed partial class Sma : IIndicator
/// {
///     public Sma([Parameter(Min = 1)] int period) { ... }
///     public static int WarmupBars(int period) => period;
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class IndicatorAttribute : Attribute
{
    /// <summary>Declares an indicator named <paramref name="name"/> (lower case, as session configs write it).</summary>
    public IndicatorAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The name configs and keys use: "sma" in <c>sma(20)@5m</c>.</summary>
    public string Name { get; }

    /// <summary>Which part of each bar the indicator reads; <see cref="PriceInput.Close"/> unless set.</summary>
    public PriceInput Input { get; set; } = PriceInput.Close;
}
