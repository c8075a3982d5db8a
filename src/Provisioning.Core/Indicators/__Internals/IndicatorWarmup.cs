using System.ComponentModel;

namespace Provisioning.Indicators.__Internals;

/// <summary>Computes the warm-up bars of an indicator from validated arguments; generated as a call to its static <c>WarmupBars</c>.</summary>
/// <param name="arguments">The parameter values in constructor order.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate int IndicatorWarmup(IndicatorArguments arguments);
