namespace Provisioning.Indicators.Registry;

/// <summary>The number type of an indicator parameter, taken from its constructor parameter.</summary>
public enum IndicatorParameterKind
{
    /// <summary>An <see cref="int"/>: values must be whole numbers.</summary>
    Integer = 0,

    /// <summary>A <see cref="double"/>.</summary>
    Real,
}
