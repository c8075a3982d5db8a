using Provisioning.Collections;
using Provisioning.Intervals;

namespace Provisioning.Generators.Model;

/// <summary>One valid [UsesIndicator] declaration of a strategy.</summary>
/// <param name="IndicatorType">The indicator class as generated code writes it.</param>
/// <param name="Interval">The parsed interval.</param>
/// <param name="Arguments">The arguments given, bound to parameters in constructor order (defaults left out).</param>
internal sealed record IndicatorUseModel(
    string IndicatorType,
    Interval Interval,
    EquatableArray<IndicatorArgumentModel> Arguments);
