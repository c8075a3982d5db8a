using System;
using System.ComponentModel;

namespace Provisioning.Indicators.__Internals;

/// <summary>
/// Validated parameter values of one indicator, in constructor order, as handed to generated factories and warm-up
/// functions. Every value has been checked against its <see cref="IndicatorParameterDefinition"/> (range, whole number
/// for integer parameters), so reading one never fails. Lives on the stack: creating an indicator by name allocates
/// nothing but the indicator.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly ref struct IndicatorArguments
{
    private readonly ReadOnlySpan<double> _values;

    /// <summary>Wraps values that have already been validated.</summary>
    public IndicatorArguments(ReadOnlySpan<double> values)
    {
        _values = values;
    }

    /// <summary>The number of values.</summary>
    public int Count => _values.Length;

    /// <summary>The integer parameter at <paramref name="index"/> (constructor order).</summary>
    public int Int32(int index) => (int)_values[index];

    /// <summary>The real parameter at <paramref name="index"/> (constructor order).</summary>
    public double Double(int index) => _values[index];
}
