namespace Provisioning.Config;

/// <summary>What is wrong in a session config.</summary>
internal enum ConfigIssueKind
{
    /// <summary>The text is not JSON.</summary>
    Syntax,

    /// <summary>A key the schema does not know (often a typo).</summary>
    UnknownKey,

    /// <summary>A key written twice in one object.</summary>
    DuplicateKey,

    /// <summary>A value of the wrong JSON type (a string where a number belongs).</summary>
    WrongType,

    /// <summary>A required key is missing.</summary>
    MissingKey,

    /// <summary>A number outside its allowed range, or a fraction where a whole number belongs.</summary>
    OutOfRange,

    /// <summary>A text that is not a supported interval.</summary>
    InvalidInterval,

    /// <summary>An interval not written in its canonical form ("60m" for "1h").</summary>
    NonCanonicalInterval,

    /// <summary>An interval that none of the streamed base intervals can build.</summary>
    MissingBaseInterval,

    /// <summary>A malformed symbol.</summary>
    InvalidSymbol,

    /// <summary>The same symbol or interval listed twice.</summary>
    DuplicateValue,

    /// <summary>An exchange that is not a known market identifier code.</summary>
    InvalidExchange,

    /// <summary>An indicator name no declared indicator has.</summary>
    UnknownIndicator,

    /// <summary>A parameter the indicator does not take.</summary>
    UnknownParameter,

    /// <summary>A parameter the indicator needs and the config does not give.</summary>
    MissingParameter,

    /// <summary>A normalization that is not one of the modes (Raw, SplitAdjusted, Adjusted).</summary>
    InvalidNormalization,
}
