namespace Provisioning.Indicators.Registry;

/// <summary>Why an indicator could not be described or created from a name, parameters and an interval.</summary>
internal enum IndicatorError
{
    /// <summary>Nothing went wrong.</summary>
    None = 0,

    /// <summary>No declared indicator has the name.</summary>
    UnknownName,

    /// <summary>A parameter was given that the indicator does not declare.</summary>
    UnknownParameter,

    /// <summary>A parameter was given twice.</summary>
    DuplicateParameter,

    /// <summary>A required parameter was not given.</summary>
    MissingParameter,

    /// <summary>A value is outside its declared range, not a whole number for an integer parameter, or not finite.</summary>
    InvalidValue,

    /// <summary>The interval text is not a supported interval.</summary>
    InvalidInterval,

    /// <summary>The indicator's <c>WarmupBars</c> returned a negative count for these parameters.</summary>
    InvalidWarmup,

    /// <summary>A spec's warm-up or input differs from what the declaration computes for its parameters.</summary>
    SpecMismatch,
}
