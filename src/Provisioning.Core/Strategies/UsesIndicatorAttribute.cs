using System;
using Provisioning.Indicators;

namespace Provisioning.Strategies;

/// <summary>
/// Declares that a strategy uses indicator <typeparamref name="TIndicator"/> on bars of an interval with the
/// given constructor arguments, in the constructor's order: <c>[UsesIndicator&lt;Sma&gt;("5m", 20)]</c>.
/// </summary>
/// <typeparam name="TIndicator">An indicator declared with <see cref="IndicatorAttribute"/>.</typeparam>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class UsesIndicatorAttribute<TIndicator> : Attribute
    where TIndicator : IIndicator
{
    /// <summary>Declares the use.</summary>
    /// <param name="interval">The interval text of the bars the indicator is updated on.</param>
    /// <param name="arguments">The indicator's parameters in constructor order.</param>
    public UsesIndicatorAttribute(string interval, params object[] arguments)
    {
        Interval = interval;
        Arguments = arguments;
    }

    /// <summary>The interval text.</summary>
    public string Interval { get; }

    /// <summary>The indicator's parameters in constructor order.</summary>
    public object[] Arguments { get; }
}
