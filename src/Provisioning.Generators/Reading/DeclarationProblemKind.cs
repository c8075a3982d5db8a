namespace Provisioning.Generators.Reading;

/// <summary>
/// What is wrong with a declaration, as the readers find it. The generator skips what cannot be generated; the
/// analyzers map each kind to its diagnostic (the PRV id in each comment), one diagnostic per kind.
/// </summary>
internal enum DeclarationProblemKind
{
    /// <summary>An [Indicator] type is not a class (PRV0011).</summary>
    IndicatorNotAClass,

    /// <summary>An [Indicator] class is abstract or static (PRV0011).</summary>
    IndicatorAbstract,

    /// <summary>An [Indicator] class or a type containing it is generic (PRV0012).</summary>
    IndicatorGeneric,

    /// <summary>An [Indicator] class, or a type containing it, is not partial (PRV0003; code fix: add partial).</summary>
    IndicatorNotPartial,

    /// <summary>An [Indicator] class does not implement IIndicator (PRV0013).</summary>
    IndicatorMissingInterface,

    /// <summary>An [Indicator] class is nested in a private or protected type: generated extensions cannot reach it (PRV0014).</summary>
    IndicatorInaccessible,

    /// <summary>The [Indicator] name is missing or not lower-case letters, digits and '_' starting with a letter (PRV0015).</summary>
    IndicatorInvalidName,

    /// <summary>The [Indicator] Input is not a PriceInput member (PRV0016).</summary>
    IndicatorInvalidInput,

    /// <summary>The class declares a member the generator emits (Spec, Descriptor) (PRV0017).</summary>
    IndicatorMemberNameTaken,

    /// <summary>The class has no public constructor, or more than one (PRV0018).</summary>
    IndicatorConstructorCount,

    /// <summary>A constructor parameter is not int or double, or is ref/out/in/params (PRV0019).</summary>
    IndicatorUnsupportedParameter,

    /// <summary>The constructor has more than 64 parameters (PRV0020).</summary>
    IndicatorTooManyParameters,

    /// <summary>A constructor parameter's name is one the generated Add method uses, or differs from another only by case (PRV0021).</summary>
    IndicatorParameterNameTaken,

    /// <summary>A [Parameter] range has Min greater than Max or a NaN bound (PRV0024).</summary>
    IndicatorInvalidRange,

    /// <summary>A constructor parameter's default value is outside its declared range (PRV0025).</summary>
    IndicatorDefaultOutOfRange,

    /// <summary>The class has no static WarmupBars method (PRV0004).</summary>
    WarmupMissing,

    /// <summary>WarmupBars is not static, does not return int, is generic, or is overloaded (PRV0029).</summary>
    WarmupShape,

    /// <summary>A WarmupBars parameter is not a constructor parameter of the same name (PRV0030).</summary>
    WarmupParameterUnknown,

    /// <summary>A WarmupBars parameter's type is not compatible with the constructor parameter's (PRV0031).</summary>
    WarmupParameterType,

    /// <summary>A type from another assembly has [Indicator] but no generated API (built without the generator) (PRV0022, at the [UsesIndicator] naming it).</summary>
    IndicatorNotGenerated,

    /// <summary>
    /// The type read as an indicator has no [Indicator] attribute. Not reported itself: the indicator analyzer reads only
    /// types with the attribute, and a strategy using the type reports <see cref="UsedIndicatorInvalid"/>.
    /// </summary>
    NotAnIndicator,

    /// <summary>A class with [Bars] or [UsesIndicator] does not derive from Strategy (PRV0032).</summary>
    StrategyNotAStrategy,

    /// <summary>A strategy class, or a type containing it, is not partial (PRV0010; code fix: add partial).</summary>
    StrategyNotPartial,

    /// <summary>A strategy class or a type containing it is generic (PRV0033).</summary>
    StrategyGeneric,

    /// <summary>The strategy declares a member the generator emits (Manifest, DeclaredManifest) (PRV0034).</summary>
    StrategyMemberNameTaken,

    /// <summary>An interval text is not a supported interval (PRV0001, reported by the interval analyzer).</summary>
    InvalidInterval,

    /// <summary>An interval text is supported but not canonical, e.g. "60m" for "1h" (PRV0009, reported by the interval analyzer; the suggestion is the canonical text).</summary>
    NonCanonicalInterval,

    /// <summary>A derived interval has no declared base interval that can build it (PRV0002; the suggestion is a base).</summary>
    MissingBaseInterval,

    /// <summary>[Bars] HistoricalDays is negative (PRV0035).</summary>
    InvalidHistoricalDays,

    /// <summary>The same bars interval is declared twice (PRV0036, a warning).</summary>
    DuplicateBars,

    /// <summary>[UsesIndicator] names a type that is not a valid indicator (PRV0023 at the use).</summary>
    UsedIndicatorInvalid,

    /// <summary>[UsesIndicator] gives more values than the indicator has parameters (PRV0026).</summary>
    TooManyArguments,

    /// <summary>[UsesIndicator] leaves out a value for a parameter without a default (PRV0027).</summary>
    MissingArgument,

    /// <summary>A [UsesIndicator] argument is not a constant of the parameter's type (PRV0028).</summary>
    ArgumentType,

    /// <summary>A [UsesIndicator] argument is outside the parameter's declared range (PRV0006).</summary>
    ArgumentOutOfRange,

    /// <summary>The same indicator with the same arguments and interval is declared twice (PRV0037, a warning).</summary>
    DuplicateIndicatorUse,

    /// <summary>A [StepHandler] method is not static (PRV0039).</summary>
    HandlerNotStatic,

    /// <summary>A [StepHandler] method or its containing type is generic (PRV0040).</summary>
    HandlerGeneric,

    /// <summary>A [StepHandler] method or a containing type is private or protected (PRV0041).</summary>
    HandlerInaccessible,

    /// <summary>A [StepHandler] method is not <c>ValueTask&lt;StepResult&gt; M(TStep step, StepContext context)</c> (PRV0042).</summary>
    HandlerSignature,

    /// <summary>A [StepHandler] method's step type is abstract (PRV0043).</summary>
    HandlerStepTypeAbstract,
}
