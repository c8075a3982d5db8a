namespace Provisioning.Indicators.Registry;

/// <summary>Creates an indicator from validated arguments; generated as a call to its public constructor.</summary>
/// <param name="arguments">The parameter values in constructor order.</param>
public delegate IIndicator IndicatorFactory(IndicatorArguments arguments);
