using System.ComponentModel;

namespace Provisioning.Indicators.__Internals;

/// <summary>The number type of an indicator parameter, taken from its constructor parameter.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum IndicatorParameterKind
{
    /// <summary>An <see cref="int"/>: values must be whole numbers.</summary>
    Integer = 0,

    /// <summary>A <see cref="double"/>.</summary>
    Real,
}
