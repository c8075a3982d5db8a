namespace Provisioning.Generators;

/// <summary>The tracking name of every pipeline step, for incremental-caching tests and diagnostics.</summary>
internal static class TrackingNames
{
    public const string IndicatorDeclarations = nameof(IndicatorDeclarations);
    public const string Indicators = nameof(Indicators);
    public const string AllIndicators = nameof(AllIndicators);
    public const string IndicatorRegistrations = nameof(IndicatorRegistrations);
    public const string StepHandlerDeclarations = nameof(StepHandlerDeclarations);
    public const string StepHandlers = nameof(StepHandlers);
    public const string AllStepHandlers = nameof(AllStepHandlers);
    public const string StepDispatch = nameof(StepDispatch);
    public const string StrategiesFromBars = nameof(StrategiesFromBars);
    public const string StrategiesFromIndicatorUses = nameof(StrategiesFromIndicatorUses);
    public const string AllStrategiesFromBars = nameof(AllStrategiesFromBars);
    public const string AllStrategiesFromIndicatorUses = nameof(AllStrategiesFromIndicatorUses);
    public const string AllStrategies = nameof(AllStrategies);
    public const string Strategies = nameof(Strategies);
    public const string ExtensionsHost = nameof(ExtensionsHost);

    /// <summary>Every tracking name, for tests that walk all steps.</summary>
    public static readonly string[] All =
    [
        IndicatorDeclarations, Indicators, AllIndicators, IndicatorRegistrations,
        StepHandlerDeclarations, StepHandlers, AllStepHandlers, StepDispatch,
        StrategiesFromBars, StrategiesFromIndicatorUses, AllStrategiesFromBars, AllStrategiesFromIndicatorUses,
        AllStrategies, Strategies, ExtensionsHost,
    ];
}
