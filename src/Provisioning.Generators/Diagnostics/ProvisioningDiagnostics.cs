using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the Provisioning analyzers report, in one place. Each has a help page at
/// <c>docs/diagnostics/PRVxxxx.md</c>; every severity can be changed with
/// <c>dotnet_diagnostic.PRVxxxx.severity</c> in .editorconfig.
/// </summary>
public static class ProvisioningDiagnostics
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

    /// <summary>PRV0001: the text is not a supported interval. The argument is the reason and the fix.</summary>
    public static readonly DiagnosticDescriptor UnsupportedInterval = new(
        id: DiagnosticIds.UnsupportedInterval,
        title: "Interval is not supported",
        messageFormat: "{0}",
        category: IntervalsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Intervals are a whole positive count and a unit: s, m, h, d or w (\"1m\", \"5m\", \"1h\", \"1d\"); intraday intervals are at most one regular session long.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnsupportedInterval + ".md");

    /// <summary>PRV0002: no declared base interval can build a derived interval. The argument names the interval and the base to declare.</summary>
    public static readonly DiagnosticDescriptor MissingBaseInterval = new(
        id: DiagnosticIds.MissingBaseInterval,
        title: "No base interval can build this interval",
        messageFormat: "{0}",
        category: IntervalsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A derived interval is aggregated from a base interval (one the session streams or stores) whose length divides it; a strategy must declare such a base with [Bars(..., Base = true)].",
        helpLinkUri: HelpLinkBase + DiagnosticIds.MissingBaseInterval + ".md");

    /// <summary>PRV0003: an indicator type the generator cannot extend. The argument says what to change.</summary>
    public static readonly DiagnosticDescriptor IndicatorShape = new(
        id: DiagnosticIds.IndicatorShape,
        title: "Indicator type has the wrong shape",
        messageFormat: "{0}",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An [Indicator] class must be partial, non-generic, non-abstract, implement IIndicator and have one public constructor, so the generator can add its spec, registry entry and session method.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IndicatorShape + ".md");

    /// <summary>PRV0004: the warm-up cannot be computed from the declaration. The argument says what to change.</summary>
    public static readonly DiagnosticDescriptor WarmupNotDefinable = new(
        id: DiagnosticIds.WarmupNotDefinable,
        title: "Warm-up is not definable from the declaration",
        messageFormat: "{0}",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An indicator declares how many bars it needs before it is ready with 'public static int WarmupBars(...)' whose parameters are constructor parameters, by name and type.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.WarmupNotDefinable + ".md");

    /// <summary>PRV0005: two indicators declare one name. Arguments: name, this type, the other type.</summary>
    public static readonly DiagnosticDescriptor DuplicateIndicatorName = new(
        id: DiagnosticIds.DuplicateIndicatorName,
        title: "Two indicators share one name",
        messageFormat: "Indicator name \"{0}\" is declared by both '{1}' and '{2}': names must be unique (configs and keys use them), so rename one",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Session configs and indicator keys name indicators by their declared name, so two indicators cannot share one, whatever the letter case.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateIndicatorName + ".md");

    /// <summary>PRV0006: a constant parameter value outside the declared range. The argument is the value, the range and the fix.</summary>
    public static readonly DiagnosticDescriptor ParameterOutOfRange = new(
        id: DiagnosticIds.ParameterOutOfRange,
        title: "Indicator parameter is outside its declared range",
        messageFormat: "{0}",
        category: IndicatorsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Indicator constructor parameters declare their range with [Parameter(Min = ..., Max = ...)]; constant values outside it would be rejected when the session runs.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ParameterOutOfRange + ".md");

    /// <summary>PRV0007: a step type without exactly one handler. The argument says which and what to do.</summary>
    public static readonly DiagnosticDescriptor StepHandlerCount = new(
        id: DiagnosticIds.StepHandlerCount,
        title: "Step type needs exactly one handler",
        messageFormat: "{0}",
        category: StepsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The executor dispatches each provisioning step type to the one [StepHandler] method that takes it; with none the step could never run, with two the dispatch would be ambiguous.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.StepHandlerCount + ".md");

    /// <summary>PRV0008: the session config file is invalid. The argument is the validator's message.</summary>
    public static readonly DiagnosticDescriptor InvalidSessionConfig = new(
        id: DiagnosticIds.InvalidSessionConfig,
        title: "Session config is invalid",
        messageFormat: "{0}",
        category: ConfigurationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The session config (an AdditionalFiles item named session.json or *.session.json, or with ProvisioningConfig=\"true\") is checked at build time with the validator the runtime uses.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidSessionConfig + ".md");

    /// <summary>PRV0009: an interval not in canonical form. The argument names the canonical form.</summary>
    public static readonly DiagnosticDescriptor NonCanonicalInterval = new(
        id: DiagnosticIds.NonCanonicalInterval,
        title: "Interval is not in canonical form",
        messageFormat: "{0}",
        category: IntervalsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every interval has one canonical spelling, the largest unit that divides it evenly (\"1h\", not \"60m\"; \"5m\", not \"5min\"); keys, logs and configs use it.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.NonCanonicalInterval + ".md");

    /// <summary>PRV0010: a strategy declaration the generator cannot take. The argument says what to change.</summary>
    public static readonly DiagnosticDescriptor InvalidStrategyDeclaration = new(
        id: DiagnosticIds.InvalidStrategyDeclaration,
        title: "Strategy declaration is invalid",
        messageFormat: "{0}",
        category: StrategiesCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A class with [Bars] or [UsesIndicator] must be a partial, non-generic class deriving from Strategy, declare each bars interval once and give HistoricalDays of at least 0, so the generator can emit its manifest.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidStrategyDeclaration + ".md");
}
