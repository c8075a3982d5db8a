using System;

namespace Provisioning.Indicators;

/// <summary>
/// The range of an indicator constructor parameter. Values outside it are build errors (PRV0006) where they are
/// constants, and validation errors where they come from a config.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>The smallest value allowed (inclusive); no lower bound unless set.</summary>
    public double Min { get; set; } = double.NegativeInfinity;

    /// <summary>The largest value allowed (inclusive); no upper bound unless set.</summary>
    public double Max { get; set; } = double.PositiveInfinity;
}
