using Provisioning.Collections;
using Provisioning.Indicators;
using Provisioning.Intervals;

namespace Provisioning.Config;

/// <summary>
/// A checked entry of the config's <c>indicators</c> list. It is not yet an <see cref="IndicatorSpec"/>: the indicator
/// registry turns it into one (it knows the constructor order and the warm-up) when the session adds it to a symbol.
/// </summary>
/// <param name="Name">The indicator name, trimmed and lower case ("sma").</param>
/// <param name="Interval">The interval of the bars it is updated on.</param>
/// <param name="Base">The configured base <paramref name="Interval"/> is built from (itself when it is a base).</param>
/// <param name="Parameters">The parameter values as the config lists them.</param>
internal sealed record ConfiguredIndicator(string Name, Interval Interval, Interval Base, EquatableArray<IndicatorParameter> Parameters);
