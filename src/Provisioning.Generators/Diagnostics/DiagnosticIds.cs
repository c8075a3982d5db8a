namespace Provisioning.Generators.Diagnostics;

/// <summary>
/// The diagnostic ids, one per problem. This file is compiled into the analyzers and the code fixes, so both name the
/// same rules. New ids continue after the last one; an id is never reused for another problem.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>Unsupported interval.</summary>
    public const string UnsupportedInterval = "PRV0001";

    /// <summary>Derived interval with no base interval that can build it.</summary>
    public const string MissingBaseInterval = "PRV0002";

    /// <summary>Indicator type, or a type containing it, not partial.</summary>
    public const string IndicatorNotPartial = "PRV0003";

    /// <summary>Indicator without a WarmupBars method.</summary>
    public const string WarmupMissing = "PRV0004";

    /// <summary>Two indicators with one name.</summary>
    public const string DuplicateIndicatorName = "PRV0005";

    /// <summary>Parameter value outside its declared range.</summary>
    public const string ParameterOutOfRange = "PRV0006";

    /// <summary>Step type with no handler.</summary>
    public const string StepTypeWithoutHandler = "PRV0007";

    /// <summary>Session config file invalid.</summary>
    public const string InvalidSessionConfig = "PRV0008";

    /// <summary>Interval not in canonical form.</summary>
    public const string NonCanonicalInterval = "PRV0009";

    /// <summary>Strategy type, or a type containing it, not partial.</summary>
    public const string StrategyNotPartial = "PRV0010";

    /// <summary>Indicator type not a concrete class (a struct, interface, abstract or static class).</summary>
    public const string IndicatorNotConcreteClass = "PRV0011";

    /// <summary>Indicator type generic or nested in a generic type.</summary>
    public const string IndicatorGeneric = "PRV0012";

    /// <summary>Indicator type not implementing IIndicator.</summary>
    public const string IndicatorMissingInterface = "PRV0013";

    /// <summary>Indicator type not reachable from its namespace.</summary>
    public const string IndicatorInaccessible = "PRV0014";

    /// <summary>Indicator name missing or not lower-case letters, digits and '_'.</summary>
    public const string InvalidIndicatorName = "PRV0015";

    /// <summary>Indicator Input not a PriceInput member.</summary>
    public const string InvalidIndicatorInput = "PRV0016";

    /// <summary>Indicator declares a member the generator adds.</summary>
    public const string IndicatorMemberNameTaken = "PRV0017";

    /// <summary>Indicator without exactly one public constructor.</summary>
    public const string IndicatorConstructorCount = "PRV0018";

    /// <summary>Indicator constructor parameter not a plain int or double.</summary>
    public const string UnsupportedIndicatorParameter = "PRV0019";

    /// <summary>Indicator constructor with more parameters than an indicator may declare.</summary>
    public const string TooManyIndicatorParameters = "PRV0020";

    /// <summary>Indicator constructor parameter name taken by the generated method or by another parameter.</summary>
    public const string IndicatorParameterNameTaken = "PRV0021";

    /// <summary>Indicator from another assembly compiled without the generator.</summary>
    public const string IndicatorNotGenerated = "PRV0022";

    /// <summary>[UsesIndicator] of a type that is not a valid indicator.</summary>
    public const string UsedIndicatorInvalid = "PRV0023";

    /// <summary>Parameter range with Min greater than Max, or a NaN bound.</summary>
    public const string EmptyParameterRange = "PRV0024";

    /// <summary>Parameter default value outside its declared range.</summary>
    public const string ParameterDefaultOutOfRange = "PRV0025";

    /// <summary>[UsesIndicator] with more values than the indicator has parameters.</summary>
    public const string TooManyIndicatorArguments = "PRV0026";

    /// <summary>[UsesIndicator] without a value for a parameter that has no default.</summary>
    public const string MissingIndicatorArgument = "PRV0027";

    /// <summary>[UsesIndicator] value not a constant of the parameter's type.</summary>
    public const string IndicatorArgumentType = "PRV0028";

    /// <summary>WarmupBars not one static, non-generic method returning int.</summary>
    public const string WarmupShape = "PRV0029";

    /// <summary>WarmupBars parameter that is not a constructor parameter.</summary>
    public const string WarmupParameterUnknown = "PRV0030";

    /// <summary>WarmupBars parameter whose type differs from the constructor parameter's.</summary>
    public const string WarmupParameterType = "PRV0031";

    /// <summary>Class with [Bars] or [UsesIndicator] that does not derive from Strategy.</summary>
    public const string NotAStrategy = "PRV0032";

    /// <summary>Strategy type generic or nested in a generic type.</summary>
    public const string StrategyGeneric = "PRV0033";

    /// <summary>Strategy declares a member the generator adds.</summary>
    public const string StrategyMemberNameTaken = "PRV0034";

    /// <summary>Negative [Bars] HistoricalDays.</summary>
    public const string NegativeHistoricalDays = "PRV0035";

    /// <summary>The same bars interval declared twice.</summary>
    public const string DuplicateBars = "PRV0036";

    /// <summary>The same indicator use declared twice.</summary>
    public const string DuplicateIndicatorUse = "PRV0037";

    /// <summary>Step type with two or more handlers.</summary>
    public const string DuplicateStepHandler = "PRV0038";

    /// <summary>Step handler not static.</summary>
    public const string StepHandlerNotStatic = "PRV0039";

    /// <summary>Step handler generic or in a generic type.</summary>
    public const string StepHandlerGeneric = "PRV0040";

    /// <summary>Step handler private or protected, or in such a type.</summary>
    public const string StepHandlerInaccessible = "PRV0041";

    /// <summary>Step handler with the wrong signature.</summary>
    public const string StepHandlerSignature = "PRV0042";

    /// <summary>Step handler of an abstract step type.</summary>
    public const string StepHandlerAbstractStepType = "PRV0043";

    /// <summary>Session config listing a symbol or interval twice.</summary>
    public const string DuplicateSessionConfigValue = "PRV0044";

    /// <summary>Calendar definition file named in a session config is invalid.</summary>
    public const string InvalidCalendarDefinition = "PRV0045";

    /// <summary>Calendar definition file named in a session config is not an AdditionalFiles item, so the build cannot check it.</summary>
    public const string UncheckedCalendarDefinition = "PRV0046";

    /// <summary>Step type with a handler could be partial, so the generator writes its handler call into it.</summary>
    public const string StepTypeNotPartial = "PRV0047";
}
