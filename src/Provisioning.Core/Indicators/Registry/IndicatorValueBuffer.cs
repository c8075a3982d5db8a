using System.Runtime.CompilerServices;

namespace Provisioning.Indicators.Registry;

/// <summary>
/// Room on the stack for the parameter values of one indicator while it is bound: a fixed size, so binding needs no
/// variable-size stack allocation.
/// </summary>
[InlineArray(Length)]
internal struct IndicatorValueBuffer
{
    /// <summary>The most values it holds; indicators with more parameters bind into an array.</summary>
    public const int Length = 16;

    private double _element;
}
