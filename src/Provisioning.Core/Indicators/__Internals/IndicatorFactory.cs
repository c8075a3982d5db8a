using System.ComponentModel;

namespace Provisioning.Indicators.__Internals;

/// <summary>Creates an indicator from validated arguments; generated as a call to its public constructor.</summary>
/// <param name="arguments">The parameter values in constructor order.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate IIndicator IndicatorFactory(IndicatorArguments arguments);
