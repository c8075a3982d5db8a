namespace Provisioning.Generators.Reading;

/// <summary>
/// What is wrong with a declaration, as the readers find it. The generator skips what cannot be generated; the
/// analyzers map each kind to a diagnostic (the PRV id in each comment is the intended one).
/// </summary>
internal enum DeclarationProblemKind
{
    /// <summary>An [Indicator] type is not a class (PRV0003).</summary>
    IndicatorNotAClass,

    /// <summary>An [Indicator] class is abstract or static (PRV0003).</summary>
    IndicatorAbstract,

    /// <summary>An [Indicator] class or a type containing it is generic (PRV0003).</summary>
    IndicatorGeneric,

    /// <summary>An [Indicator] class, or a type containing it, is not partial (PRV0003; code fix: add partial).</summary>
    IndicatorNotPartial,

    /// <summary>An [Indicator] class does not implement IIndicator (PRV0003).</summary>
    IndicatorMissingInterface,

    /// <summary>An [Indicator] class is nested in a private or protected type: generated extensions cannot reach it (PRV0003).</summary>
    IndicatorInaccessible,

    /// <summary>The [Indicator] name is missing or not lower-case letters, digits and '_' starting with a letter (PRV0003).</summary>
    IndicatorInvalidName,

    /// <summary>The [Indicator] Input is not a PriceInput member (PRV0003).</summary>
    IndicatorInvalidInput,

    /// <summary>The class declares a member the generator emits (Spec, Descriptor) (PRV0003).</summary>
    IndicatorMemberNameTaken,

    /// <summary>The class has no public constructor, or more than one (PRV0003).</summary>
    IndicatorConstructorCount,

    /// <summary>A constructor parameter is not int or double, or is ref/out/in/params, or there are more than 64 (PRV0003).</summary>
    IndicatorUnsupportedParameter,

    /// <summary>A constructor parameter's name is one the generated Add method uses, or differs from another only by case (PRV0003).</summary>
    IndicatorParameterNameTaken,

    /// <summary>A [Parameter] range has Min greater than Max or a NaN bound (PRV0006).</summary>
    IndicatorInvalidRange,

    /// <summary>A constructor parameter's default value is outside its declared range (PRV0006).</summary>
    IndicatorDefaultOutOfRange,

    /// <summary>The class has no static WarmupBars method (PRV0004).</summary>
    WarmupMissing,

    /// <summary>WarmupBars is not static, does not return int, is generic, or is overloaded (PRV0004).</summary>
    WarmupShape,

    /// <summary>A WarmupBars parameter is not a constructor parameter of the same name and a compatible type (PRV0004).</summary>
    WarmupParameterMismatch,

    /// <summary>A type from another assembly has [Indicator] but no generated API (built without the generator) (PRV0003).</summary>
    IndicatorNotGenerated,

    /// <summary>A class with [Bars] or [UsesIndicator] does not derive from Strategy.</summary>
    StrategyNotAStrategy,

    /// <summary>A strategy class, or a type containing it, is not partial.</summary>
    StrategyNotPartial,

    /// <summary>A strategy class or a type containing it is generic.</summary>
    StrategyGeneric,

    /// <summary>The strategy declares a member the generator emits (Manifest, DeclaredManifest).</summary>
    StrategyMemberNameTaken,

    /// <summary>An interval text is not a supported interval (PRV0001).</summary>
    InvalidInterval,

    /// <summary>An interval text is supported but not canonical, e.g. "60m" for "1h" (PRV0009; the suggestion is the canonical text).</summary>
    NonCanonicalInterval,

    /// <summary>A derived interval has no declared base interval that can build it (PRV0002; the suggestion is a base).</summary>
    MissingBaseInterval,

    /// <summary>[Bars] HistoricalDays is negative.</summary>
    InvalidHistoricalDays,

    /// <summary>The same bars interval is declared twice.</summary>
    DuplicateBars,

    /// <summary>[UsesIndicator] names a type that is not a valid indicator (PRV0003 at the use).</summary>
    UsedIndicatorInvalid,

    /// <summary>[UsesIndicator] gives more arguments than the indicator has parameters, or leaves out a required one.</summary>
    ArgumentCount,

    /// <summary>A [UsesIndicator] argument is not a constant of the parameter's type.</summary>
    ArgumentType,

    /// <summary>A [UsesIndicator] argument is outside the parameter's declared range (PRV0006).</summary>
    ArgumentOutOfRange,

    /// <summary>The same indicator with the same arguments and interval is declared twice.</summary>
    DuplicateIndicatorUse,

    /// <summary>A [StepHandler] method is not static (PRV0007).</summary>
    HandlerNotStatic,

    /// <summary>A [StepHandler] method or its containing type is generic (PRV0007).</summary>
    HandlerGeneric,

    /// <summary>A [StepHandler] method or a containing type is private or protected (PRV0007).</summary>
    HandlerInaccessible,

    /// <summary>A [StepHandler] method is not <c>ValueTask&lt;StepOutcome&gt; M(TStep step, StepContext context)</c> (PRV0007).</summary>
    HandlerSignature,

    /// <summary>A [StepHandler] method's step type is abstract (PRV0007).</summary>
    HandlerStepTypeAbstract,
}
