namespace Provisioning.Config;

/// <summary>A parameter of a declared indicator, as a config validator needs it: name, range and kind.</summary>
internal sealed class DeclaredIndicatorParameter
{
    /// <summary>Describes a parameter.</summary>
    /// <param name="name">The constructor parameter's name ("period").</param>
    /// <param name="min">The smallest value allowed (inclusive); negative infinity for none.</param>
    /// <param name="max">The largest value allowed (inclusive); positive infinity for none.</param>
    /// <param name="isWholeNumber">True for integer parameters.</param>
    /// <param name="isOptional">True when the constructor gives it a default value.</param>
    public DeclaredIndicatorParameter(string name, double min, double max, bool isWholeNumber, bool isOptional)
    {
        Name = name;
        Min = min;
        Max = max;
        IsWholeNumber = isWholeNumber;
        IsOptional = isOptional;
    }

    /// <summary>The parameter's name.</summary>
    public string Name { get; }

    /// <summary>The smallest value allowed (inclusive).</summary>
    public double Min { get; }

    /// <summary>The largest value allowed (inclusive).</summary>
    public double Max { get; }

    /// <summary>True for integer parameters.</summary>
    public bool IsWholeNumber { get; }

    /// <summary>True when the parameter may be left out.</summary>
    public bool IsOptional { get; }
}
