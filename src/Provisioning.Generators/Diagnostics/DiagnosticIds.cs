namespace Provisioning.Generators.Diagnostics;

/// <summary>
/// The diagnostic ids. This file is compiled into the analyzers and the code fixes, so both name the same rules.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>Unsupported interval.</summary>
    public const string UnsupportedInterval = "PRV0001";

    /// <summary>Derived interval with no base interval that can build it.</summary>
    public const string MissingBaseInterval = "PRV0002";

    /// <summary>Indicator type shape.</summary>
    public const string IndicatorShape = "PRV0003";

    /// <summary>Warm-up not definable from the declaration.</summary>
    public const string WarmupNotDefinable = "PRV0004";

    /// <summary>Two indicators with one name.</summary>
    public const string DuplicateIndicatorName = "PRV0005";

    /// <summary>Parameter value outside its declared range.</summary>
    public const string ParameterOutOfRange = "PRV0006";

    /// <summary>Step type with no handler, or with two.</summary>
    public const string StepHandlerCount = "PRV0007";

    /// <summary>Session config file invalid.</summary>
    public const string InvalidSessionConfig = "PRV0008";

    /// <summary>Interval not in canonical form.</summary>
    public const string NonCanonicalInterval = "PRV0009";

    /// <summary>Strategy declaration invalid (shape, repeated declarations, negative history).</summary>
    public const string InvalidStrategyDeclaration = "PRV0010";
}
