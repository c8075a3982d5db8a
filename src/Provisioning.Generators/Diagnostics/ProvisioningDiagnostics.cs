using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the Provisioning analyzers report, one descriptor per problem, each with one default severity.
/// The message format holds the fixed text; the arguments are names and values, passed through EchoedText by the
/// reporter. Each has a help page at <c>docs/diagnostics/PRVxxxx.md</c>; every severity can be changed with
/// <c>dotnet_diagnostic.PRVxxxx.severity</c> in .editorconfig.
/// </summary>
internal static class ProvisioningDiagnostics
{
    /// <summary>Category of interval rules.</summary>
    public const string IntervalsCategory = "Provisioning.Intervals";

    /// <summary>Category of indicator declaration rules.</summary>
    public const string IndicatorsCategory = "Provisioning.Indicators";

    /// <summary>Category of provisioning step rules.</summary>
    public const string StepsCategory = "Provisioning.Steps";

    /// <summary>Category of strategy declaration rules.</summary>
    public const string StrategiesCategory = "Provisioning.Strategies";

    /// <summary>Category of session config rules.</summary>
    public const string ConfigurationCategory = "Provisioning.Configuration";

    /// <summary>Where the help pages live; a page is this followed by the id and ".md".</summary>
    public const string HelpLinkBase = "https://github.com/provisioning/provisioning/blob/main/docs/diagnostics/";

    /// <summary>Interval is not supported. Arguments: the interval parser's reason, which names the text and the fix (deliberately the whole message: the runtime and the CLI print the same reason).</summary>
    public static readonly DiagnosticDescriptor UnsupportedInterval = new(
        id: DiagnosticIds.UnsupportedInterval,
        title: "Interval is not supported",
        messageFormat: "{0}",
        category: IntervalsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Intervals are a whole positive count and a unit: s, m, h, d or w (\"1m\", \"5m\", \"1h\", \"1d\"); intraday intervals are at most one regular session long.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnsupportedInterval + ".md");

    /// <summary>No base interval can build this interval. Arguments: strategy, interval, the declared bases or "none", the base to declare.</summary>
    public static readonly DiagnosticDescriptor MissingBaseInterval = new(
        id: DiagnosticIds.MissingBaseInterval,
        title: "No base interval can build this interval",
        messageFormat: "Strategy {0} declares no base interval that can build its {1} bars (bases: {2}): declare one with [Bars(\"{3}\", Base = true)]",
        category: IntervalsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A derived interval is aggregated from a base interval (one the session streams or stores) whose length divides it; a strategy must declare such a base with [Bars(..., Base = true)].",
        helpLinkUri: HelpLinkBase + DiagnosticIds.MissingBaseInterval + ".md");

    /// <summary>Indicator type must be partial. Arguments: the type that is not partial (the indicator or a type containing it), the indicator.</summary>
    public static readonly DiagnosticDescriptor IndicatorNotPartial = new(
        id: DiagnosticIds.IndicatorNotPartial,
        title: "Indicator type must be partial",
        messageFormat: "Type {0} must be partial: the generator adds Spec(...) and Descriptor to indicator {1}",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator adds a typed Spec(...) and a Descriptor to each [Indicator] class, so the class and every type containing it must be partial.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorNotPartial + ".md");

    /// <summary>Indicator has no WarmupBars method. Arguments: indicator.</summary>
    public static readonly DiagnosticDescriptor WarmupMissing = new(
        id: DiagnosticIds.WarmupMissing,
        title: "Indicator has no WarmupBars method",
        messageFormat: "Indicator {0} needs a method \"public static int WarmupBars(...)\" taking some of its constructor parameters by name, which says how many bars it needs before it is ready",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An indicator declares how many bars it needs before it is ready with 'public static int WarmupBars(...)' whose parameters are constructor parameters, by name and type.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.WarmupMissing + ".md");

    /// <summary>Two indicators share one name. Arguments: name, this type, the other type.</summary>
    public static readonly DiagnosticDescriptor DuplicateIndicatorName = new(
        id: DiagnosticIds.DuplicateIndicatorName,
        title: "Two indicators share one name",
        messageFormat: "Indicator name \"{0}\" is declared by both '{1}' and '{2}': names must be unique (configs and keys use them), so rename one",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Session configs and indicator keys name indicators by their declared name, so two indicators cannot share one, whatever the letter case.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateIndicatorName + ".md");

    /// <summary>Indicator parameter value is outside its declared range. Arguments: parameter, indicator name, the value, the range ("between 1 and 500", "at least 1").</summary>
    public static readonly DiagnosticDescriptor ParameterOutOfRange = new(
        id: DiagnosticIds.ParameterOutOfRange,
        title: "Indicator parameter value is outside its declared range",
        messageFormat: "Parameter '{0}' of indicator '{1}' is {2}, outside its declared range ({3}): pass a value in that range",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Indicator constructor parameters declare their range with [Parameter(Min = ..., Max = ...)]; constant values outside it would be rejected when the session runs.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ParameterOutOfRange + ".md");

    /// <summary>Step type has no handler. Arguments: step type.</summary>
    public static readonly DiagnosticDescriptor StepTypeWithoutHandler = new(
        id: DiagnosticIds.StepTypeWithoutHandler,
        title: "Step type has no handler",
        messageFormat: "Step type {0} has no [StepHandler] method, so a plan containing it could never run: add [StepHandler] public static ValueTask<StepResult> Handle({0} step, StepContext context) to a static class",
        category: StepsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The executor dispatches each provisioning step type to the [StepHandler] method that takes it (or its base step type); with none, the step could never run.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StepTypeWithoutHandler + ".md");

    /// <summary>Step type with a handler could be partial. Arguments: the type to make partial, the step type.</summary>
    public static readonly DiagnosticDescriptor StepTypeNotPartial = new(
        id: DiagnosticIds.StepTypeNotPartial,
        title: "Step type could be partial",
        messageFormat: "Make type {0} partial: the generator then writes the handler call into step type {1}, so dispatching it is one virtual call instead of a lookup and a switch",
        category: StepsCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A partial, non-generic step type declared beside its [StepHandler] carries the call to its handler (written by the generator), which the executor reaches with one virtual call; any other step type is dispatched through a learned route and the generated switch, about five times slower.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StepTypeNotPartial + ".md");

    /// <summary>Session config is invalid. Arguments: the validator's message (deliberately the whole message: the runtime and the CLI print the same text).</summary>
    public static readonly DiagnosticDescriptor InvalidSessionConfig = new(
        id: DiagnosticIds.InvalidSessionConfig,
        title: "Session config is invalid",
        messageFormat: "{0}",
        category: ConfigurationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The session config (an AdditionalFiles item named session.json or *.session.json, or with ProvisioningConfig=\"true\") is checked at build time with the validator the runtime uses.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidSessionConfig + ".md");

    /// <summary>Interval is not in canonical form. Arguments: the text as written (quoted), the canonical text.</summary>
    public static readonly DiagnosticDescriptor NonCanonicalInterval = new(
        id: DiagnosticIds.NonCanonicalInterval,
        title: "Interval is not in canonical form",
        messageFormat: "{0} is written \"{1}\" in canonical form: write \"{1}\"",
        category: IntervalsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every interval has one canonical spelling, the largest unit that divides it evenly (\"1h\", not \"60m\"; \"5m\", not \"5min\"); keys, logs and configs use it.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.NonCanonicalInterval + ".md");

    /// <summary>Strategy type must be partial. Arguments: the type that is not partial (the strategy or a type containing it), the strategy.</summary>
    public static readonly DiagnosticDescriptor StrategyNotPartial = new(
        id: DiagnosticIds.StrategyNotPartial,
        title: "Strategy type must be partial",
        messageFormat: "Type {0} must be partial: the generator adds the Manifest of strategy {1}",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator adds a Manifest of what a strategy declares to each class with [Bars] or [UsesIndicator], so the class and every type containing it must be partial.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StrategyNotPartial + ".md");

    /// <summary>Indicator type must be a concrete class. Arguments: indicator.</summary>
    public static readonly DiagnosticDescriptor IndicatorNotConcreteClass = new(
        id: DiagnosticIds.IndicatorNotConcreteClass,
        title: "Indicator type must be a concrete class",
        messageFormat: "Indicator {0} must be a non-abstract, non-static class: the registry creates instances of it",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The indicator registry creates an instance of an [Indicator] type for each configured use, so the type must be a class that is neither abstract nor static.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorNotConcreteClass + ".md");

    /// <summary>Indicator type must not be generic. Arguments: indicator.</summary>
    public static readonly DiagnosticDescriptor IndicatorGeneric = new(
        id: DiagnosticIds.IndicatorGeneric,
        title: "Indicator type must not be generic",
        messageFormat: "Indicator {0} must not be generic or nested in a generic type: configs name it by text alone",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Configs name an indicator by its declared name alone, which cannot supply type arguments.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorGeneric + ".md");

    /// <summary>Indicator type must implement IIndicator. Arguments: indicator.</summary>
    public static readonly DiagnosticDescriptor IndicatorMissingInterface = new(
        id: DiagnosticIds.IndicatorMissingInterface,
        title: "Indicator type must implement IIndicator",
        messageFormat: "Indicator {0} must implement Provisioning.Indicators.IIndicator",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The session updates indicators through Provisioning.Indicators.IIndicator, so an [Indicator] class must implement it.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorMissingInterface + ".md");

    /// <summary>Indicator type must be reachable from its namespace. Arguments: indicator.</summary>
    public static readonly DiagnosticDescriptor IndicatorInaccessible = new(
        id: DiagnosticIds.IndicatorInaccessible,
        title: "Indicator type must be reachable from its namespace",
        messageFormat: "Indicator {0} must be reachable from its namespace (public or internal, in public or internal types)",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated registry entry and session extension methods live outside the indicator, so they can only reach a public or internal type nested in public or internal types.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorInaccessible + ".md");

    /// <summary>Indicator name is not valid. Arguments: indicator type, the name written (quoted) or "missing", a name to use.</summary>
    public static readonly DiagnosticDescriptor InvalidIndicatorName = new(
        id: DiagnosticIds.InvalidIndicatorName,
        title: "Indicator name is not valid",
        messageFormat: "The name of indicator {0} is {1}, but a name is lower-case letters, digits and '_' starting with a letter, such as \"{2}\"",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Configs, keys and logs name an indicator by its declared name, which is lower-case letters, digits and '_' starting with a letter (\"sma\", \"zscore_20\").",
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidIndicatorName + ".md");

    /// <summary>Indicator Input is not a PriceInput member. Arguments: indicator.</summary>
    public static readonly DiagnosticDescriptor InvalidIndicatorInput = new(
        id: DiagnosticIds.InvalidIndicatorInput,
        title: "Indicator Input is not a PriceInput member",
        messageFormat: "Indicator {0}'s Input must be a member of PriceInput, such as PriceInput.Close",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An indicator's Input names the bar price it reads; it must be a member of PriceInput.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidIndicatorInput + ".md");

    /// <summary>Indicator declares a member the generator adds. Arguments: indicator, member name.</summary>
    public static readonly DiagnosticDescriptor IndicatorMemberNameTaken = new(
        id: DiagnosticIds.IndicatorMemberNameTaken,
        title: "Indicator declares a member the generator adds",
        messageFormat: "Indicator {0} declares a member named {1}, which the generator adds; rename it",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator adds Spec(...) and Descriptor to each indicator, so the class cannot declare members with those names.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorMemberNameTaken + ".md");

    /// <summary>Indicator needs exactly one public constructor. Arguments: indicator, the number of public constructors.</summary>
    public static readonly DiagnosticDescriptor IndicatorConstructorCount = new(
        id: DiagnosticIds.IndicatorConstructorCount,
        title: "Indicator needs exactly one public constructor",
        messageFormat: "Indicator {0} has {1} public constructors; keep exactly one, whose parameters are the indicator's parameters",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An indicator's parameters are the parameters of its one public constructor, which the registry calls with configured values.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorConstructorCount + ".md");

    /// <summary>Indicator parameter must be a plain int or double. Arguments: parameter, indicator, the parameter as declared ("string", "ref int").</summary>
    public static readonly DiagnosticDescriptor UnsupportedIndicatorParameter = new(
        id: DiagnosticIds.UnsupportedIndicatorParameter,
        title: "Indicator parameter must be a plain int or double",
        messageFormat: "Parameter {0} of indicator {1} must be a plain int or double, not {2}: configs give parameters as numbers",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Configs give indicator parameters as numbers, so constructor parameters are int or double, passed by value and not params.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnsupportedIndicatorParameter + ".md");

    /// <summary>Indicator has too many parameters. Arguments: indicator, the number of parameters, the most allowed.</summary>
    public static readonly DiagnosticDescriptor TooManyIndicatorParameters = new(
        id: DiagnosticIds.TooManyIndicatorParameters,
        title: "Indicator has too many parameters",
        messageFormat: "Indicator {0} has {1} constructor parameters; an indicator declares at most {2}",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Indicator keys and descriptors hold at most 64 parameters.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.TooManyIndicatorParameters + ".md");

    /// <summary>Indicator parameter name is taken. Arguments: parameter, indicator, the names the generated method uses.</summary>
    public static readonly DiagnosticDescriptor IndicatorParameterNameTaken = new(
        id: DiagnosticIds.IndicatorParameterNameTaken,
        title: "Indicator parameter name is taken",
        messageFormat: "Parameter {0} of indicator {1} needs another name: it is taken by the generated Add method ({2}) or differs from another parameter only by case",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated session Add method takes the indicator's parameters next to its own (session, symbol, interval, source, cancellationToken), and configs match parameter names whatever the case.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorParameterNameTaken + ".md");

    /// <summary>Indicator was compiled without the generator. Arguments: indicator.</summary>
    public static readonly DiagnosticDescriptor IndicatorNotGenerated = new(
        id: DiagnosticIds.IndicatorNotGenerated,
        title: "Indicator was compiled without the generator",
        messageFormat: "Indicator {0} was compiled without the Provisioning generator, so it has no Spec(...) to build it from",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An [Indicator] type from another assembly can be used only when that assembly was built with the Provisioning generator, which adds its Spec(...) and Descriptor.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorNotGenerated + ".md");

    /// <summary>Used indicator is not a valid indicator. Arguments: the used type, strategy.</summary>
    public static readonly DiagnosticDescriptor UsedIndicatorInvalid = new(
        id: DiagnosticIds.UsedIndicatorInvalid,
        title: "Used indicator is not a valid indicator",
        messageFormat: "{0} is not a valid indicator, so {1} cannot use it; see the problems reported at {0}",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A strategy can use only a valid [Indicator] type; the indicator's own problems are reported at its declaration.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UsedIndicatorInvalid + ".md");

    /// <summary>Indicator parameter range is empty. Arguments: parameter, indicator, Min, Max.</summary>
    public static readonly DiagnosticDescriptor EmptyParameterRange = new(
        id: DiagnosticIds.EmptyParameterRange,
        title: "Indicator parameter range is empty",
        messageFormat: "The range of parameter {0} of indicator {1} is empty (Min = {2}, Max = {3}); Min must be at most Max",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A [Parameter] range with Min greater than Max, or with a NaN bound, allows no value at all.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.EmptyParameterRange + ".md");

    /// <summary>Indicator parameter default is outside its range. Arguments: default value, parameter, indicator, the range.</summary>
    public static readonly DiagnosticDescriptor ParameterDefaultOutOfRange = new(
        id: DiagnosticIds.ParameterDefaultOutOfRange,
        title: "Indicator parameter default is outside its range",
        messageFormat: "The default value {0} of parameter {1} of indicator {2} is outside its declared range ({3}): change the default or the range",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A parameter's default value is used when a config or [UsesIndicator] leaves it out, so it must be inside the parameter's declared range.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ParameterDefaultOutOfRange + ".md");

    /// <summary>[UsesIndicator] gives too many values. Arguments: indicator name, the number of parameters, the signature, the number of values given.</summary>
    public static readonly DiagnosticDescriptor TooManyIndicatorArguments = new(
        id: DiagnosticIds.TooManyIndicatorArguments,
        title: "[UsesIndicator] gives too many values",
        messageFormat: "[UsesIndicator] gives indicator {0} more values ({3}) than its constructor {2} has parameters ({1})",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[UsesIndicator] values are the indicator's constructor parameters in order; there cannot be more values than parameters.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.TooManyIndicatorArguments + ".md");

    /// <summary>[UsesIndicator] leaves out a required value. Arguments: indicator name, parameter, the signature.</summary>
    public static readonly DiagnosticDescriptor MissingIndicatorArgument = new(
        id: DiagnosticIds.MissingIndicatorArgument,
        title: "[UsesIndicator] leaves out a required value",
        messageFormat: "Indicator {0} needs a value for {1}: give its parameters in constructor order, {2}",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[UsesIndicator] values are the indicator's constructor parameters in order; a parameter without a default needs a value.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.MissingIndicatorArgument + ".md");

    /// <summary>[UsesIndicator] value has the wrong type. Arguments: indicator name, parameter, the kind of constant ("int", "int or double"), an example.</summary>
    public static readonly DiagnosticDescriptor IndicatorArgumentType = new(
        id: DiagnosticIds.IndicatorArgumentType,
        title: "[UsesIndicator] value has the wrong type",
        messageFormat: "Indicator {0} parameter {1} must be a constant {2}, such as {3}",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[UsesIndicator] values are constants of the parameter's type: an int for an int parameter, an int or double for a double parameter.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorArgumentType + ".md");

    /// <summary>WarmupBars has the wrong shape. Arguments: indicator.</summary>
    public static readonly DiagnosticDescriptor WarmupShape = new(
        id: DiagnosticIds.WarmupShape,
        title: "WarmupBars has the wrong shape",
        messageFormat: "WarmupBars of indicator {0} must be one static, non-generic method returning int, with no overloads",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The requirement analysis calls the indicator's one static 'int WarmupBars(...)' to size the history to load.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.WarmupShape + ".md");

    /// <summary>WarmupBars takes a parameter the constructor does not have. Arguments: parameter, indicator.</summary>
    public static readonly DiagnosticDescriptor WarmupParameterUnknown = new(
        id: DiagnosticIds.WarmupParameterUnknown,
        title: "WarmupBars takes a parameter the constructor does not have",
        messageFormat: "WarmupBars parameter {0} of indicator {1} is not a constructor parameter; WarmupBars may take only constructor parameters, by the same name",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "WarmupBars is called with the indicator's parameter values, matched to its parameters by name.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.WarmupParameterUnknown + ".md");

    /// <summary>WarmupBars parameter type differs from the constructor's. Arguments: parameter, indicator, the constructor parameter's type.</summary>
    public static readonly DiagnosticDescriptor WarmupParameterType = new(
        id: DiagnosticIds.WarmupParameterType,
        title: "WarmupBars parameter type differs from the constructor's",
        messageFormat: "WarmupBars parameter {0} of indicator {1} must have the constructor parameter's type ({2})",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "WarmupBars is called with the indicator's parameter values, so each of its parameters has the constructor parameter's type (an int may be taken as double).",
        helpLinkUri: HelpLinkBase + DiagnosticIds.WarmupParameterType + ".md");

    /// <summary>Class with [Bars] or [UsesIndicator] is not a strategy. Arguments: type.</summary>
    public static readonly DiagnosticDescriptor NotAStrategy = new(
        id: DiagnosticIds.NotAStrategy,
        title: "Class with [Bars] or [UsesIndicator] is not a strategy",
        messageFormat: "{0} declares bars or indicators but is not a strategy: derive it from Provisioning.Strategies.Strategy",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[Bars] and [UsesIndicator] declare what a strategy needs; only a class deriving from Strategy gets a generated manifest.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.NotAStrategy + ".md");

    /// <summary>Strategy type must not be generic. Arguments: strategy.</summary>
    public static readonly DiagnosticDescriptor StrategyGeneric = new(
        id: DiagnosticIds.StrategyGeneric,
        title: "Strategy type must not be generic",
        messageFormat: "Strategy {0} must not be generic or nested in a generic type to get a generated manifest",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated manifest is one static member per strategy class, which a generic class cannot have.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StrategyGeneric + ".md");

    /// <summary>Strategy declares a member the generator adds. Arguments: strategy, member name.</summary>
    public static readonly DiagnosticDescriptor StrategyMemberNameTaken = new(
        id: DiagnosticIds.StrategyMemberNameTaken,
        title: "Strategy declares a member the generator adds",
        messageFormat: "Strategy {0} declares {1}, which the generator adds from its attributes; remove it",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator adds Manifest and DeclaredManifest to each strategy, so the class cannot declare members with those names.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StrategyMemberNameTaken + ".md");

    /// <summary>HistoricalDays is negative. Arguments: strategy, interval, the value.</summary>
    public static readonly DiagnosticDescriptor NegativeHistoricalDays = new(
        id: DiagnosticIds.NegativeHistoricalDays,
        title: "HistoricalDays is negative",
        messageFormat: "HistoricalDays of {0}'s {1} bars is {2}; give 0 for no history or a positive number of trading days",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "HistoricalDays is how many trading days of history to load before the open: 0 or more.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.NegativeHistoricalDays + ".md");

    /// <summary>Bars interval declared twice. Arguments: strategy, interval.</summary>
    public static readonly DiagnosticDescriptor DuplicateBars = new(
        id: DiagnosticIds.DuplicateBars,
        title: "Bars interval declared twice",
        messageFormat: "{0} declares {1} bars more than once; keep one [Bars(\"{1}\")]",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Each bars interval is provisioned once; a repeated [Bars] is ignored.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateBars + ".md");

    /// <summary>Indicator use declared twice. Arguments: strategy, indicator name, interval.</summary>
    public static readonly DiagnosticDescriptor DuplicateIndicatorUse = new(
        id: DiagnosticIds.DuplicateIndicatorUse,
        title: "Indicator use declared twice",
        messageFormat: "{0} declares {1} with these arguments on {2} more than once; keep one",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Each indicator with given values on an interval is provisioned once; a repeated [UsesIndicator] is ignored.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateIndicatorUse + ".md");

    /// <summary>Step type has more than one handler. Arguments: step type, the number of handlers, the other handlers.</summary>
    public static readonly DiagnosticDescriptor DuplicateStepHandler = new(
        id: DiagnosticIds.DuplicateStepHandler,
        title: "Step type has more than one handler",
        messageFormat: "Step type {0} has {1} [StepHandler] methods (this one and {2}), so the dispatch cannot choose: keep one and remove [StepHandler] from the others",
        category: StepsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The executor dispatches each provisioning step type to one [StepHandler] method; with two, the dispatch would be ambiguous.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateStepHandler + ".md");

    /// <summary>Step handler must be static. Arguments: method.</summary>
    public static readonly DiagnosticDescriptor StepHandlerNotStatic = new(
        id: DiagnosticIds.StepHandlerNotStatic,
        title: "Step handler must be static",
        messageFormat: "Step handler {0} must be static",
        category: StepsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated dispatch calls [StepHandler] methods without an instance.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StepHandlerNotStatic + ".md");

    /// <summary>Step handler must not be generic. Arguments: method.</summary>
    public static readonly DiagnosticDescriptor StepHandlerGeneric = new(
        id: DiagnosticIds.StepHandlerGeneric,
        title: "Step handler must not be generic",
        messageFormat: "Step handler {0} must not be generic or declared in a generic type",
        category: StepsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated dispatch calls each [StepHandler] method by name, with no type arguments to give.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StepHandlerGeneric + ".md");

    /// <summary>Step handler must be reachable from its assembly. Arguments: method.</summary>
    public static readonly DiagnosticDescriptor StepHandlerInaccessible = new(
        id: DiagnosticIds.StepHandlerInaccessible,
        title: "Step handler must be reachable from its assembly",
        messageFormat: "Step handler {0} must be public or internal, in public or internal types, so the generated dispatch can call it",
        category: StepsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated dispatch is a separate class of the assembly, so it can call only public or internal handlers in public or internal types.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StepHandlerInaccessible + ".md");

    /// <summary>Step handler has the wrong signature. Arguments: method.</summary>
    public static readonly DiagnosticDescriptor StepHandlerSignature = new(
        id: DiagnosticIds.StepHandlerSignature,
        title: "Step handler has the wrong signature",
        messageFormat: "Step handler {0} must be \"static ValueTask<StepResult> {0}(TStep step, StepContext context)\" with TStep a record deriving from ProvisioningStep",
        category: StepsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated dispatch passes the step and its context and awaits the outcome, so a handler has exactly that signature.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StepHandlerSignature + ".md");

    /// <summary>Step handler handles an abstract step type. Arguments: method, step type.</summary>
    public static readonly DiagnosticDescriptor StepHandlerAbstractStepType = new(
        id: DiagnosticIds.StepHandlerAbstractStepType,
        title: "Step handler handles an abstract step type",
        messageFormat: "Step handler {0} handles {1}, which is abstract; handle each concrete step type",
        category: StepsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Plans hold concrete steps; a handler of an abstract step type would hide which concrete types have handlers.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StepHandlerAbstractStepType + ".md");

    /// <summary>Session config lists a value twice. Arguments: the validator's message (deliberately the whole message: the runtime and the CLI print the same text).</summary>
    public static readonly DiagnosticDescriptor DuplicateSessionConfigValue = new(
        id: DiagnosticIds.DuplicateSessionConfigValue,
        title: "Session config lists a value twice",
        messageFormat: "{0}",
        category: ConfigurationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A symbol or interval listed twice in a session config is refused, at build time as at run time: a repeat is often a typo for another value.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateSessionConfigValue + ".md");

    /// <summary>Calendar definition file is invalid. Arguments: the definition file's name, what is wrong.</summary>
    public static readonly DiagnosticDescriptor InvalidCalendarDefinition = new(
        id: DiagnosticIds.InvalidCalendarDefinition,
        title: "Calendar definition file is invalid",
        messageFormat: "Calendar definition {0}: {1}",
        category: ConfigurationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A calendar definition file a session config names as an exchange is checked at build time when it is an AdditionalFiles item: its JSON, keys, exchange name, dates and hours.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidCalendarDefinition + ".md");

    /// <summary>Calendar definition file is not an AdditionalFiles item. Arguments: the value as written, the path the build looked for.</summary>
    public static readonly DiagnosticDescriptor UncheckedCalendarDefinition = new(
        id: DiagnosticIds.UncheckedCalendarDefinition,
        title: "Calendar definition file is not checked at build time",
        messageFormat: "The calendar definition {0} is not an AdditionalFiles item of this project, so the build cannot check it (it may be missing): add <AdditionalFiles Include=\"{1}\" />",
        category: ConfigurationCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A session config names a calendar definition file (*.json) as an exchange; the build checks it only when it is an AdditionalFiles item, otherwise the session finds out at start.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UncheckedCalendarDefinition + ".md");
}
