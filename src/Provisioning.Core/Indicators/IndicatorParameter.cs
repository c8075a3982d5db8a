namespace Provisioning.Indicators;

/// <summary>One named parameter value of an indicator ("period" = 20).</summary>
/// <param name="Name">The constructor parameter's name.</param>
/// <param name="Value">Its value; whole numbers for integer parameters.</param>
public readonly record struct IndicatorParameter(string Name, double Value);
