namespace Provisioning.Generators.Emitting;

/// <summary>
/// The Core types generated code names, fully qualified. What an author never writes against (descriptors, the
/// catalog generated code registers into, the [IndicatorApi] mark) is in <c>Provisioning.Indicators.__Internals</c>: public, so
/// generated code in any assembly can reach it, and hidden from IntelliSense.
/// </summary>
internal static class CoreNames
{
    public const string IndicatorDescriptor = "global::Provisioning.Indicators.__Internals.IndicatorDescriptor";
    public const string IndicatorParameterDefinition = "global::Provisioning.Indicators.__Internals.IndicatorParameterDefinition";
    public const string IndicatorParameterKind = "global::Provisioning.Indicators.__Internals.IndicatorParameterKind";
    public const string IndicatorSpecBuilder = "global::Provisioning.Indicators.IndicatorSpecBuilder";
    public const string IndicatorCatalog = "global::Provisioning.Indicators.__Internals.IndicatorCatalog";
    public const string IndicatorParameter = "global::Provisioning.Indicators.IndicatorParameter";
    public const string IndicatorSpec = "global::Provisioning.Indicators.IndicatorSpec";
    public const string PriceInput = "global::Provisioning.Indicators.PriceInput";
    public const string IndicatorApiAttribute = "global::Provisioning.Indicators.__Internals.IndicatorApi";
    public const string ProvisioningSession = "global::Provisioning.Session.IProvisioningSession";
    public const string AdditionResult = "global::Provisioning.Execution.AdditionResult";
    public const string RemovalResult = "global::Provisioning.Execution.RemovalResult";
    public const string ProvisionSource = "global::Provisioning.Requirements.ProvisionSource";
    public const string Interval = "global::Provisioning.Intervals.Interval";
    public const string EquatableArray = "global::Provisioning.Collections.EquatableArray";
    public const string StrategyManifest = "global::Provisioning.Strategies.__Internals.StrategyManifest";
    public const string IndicatorHandle = "global::Provisioning.Strategies.IndicatorHandle";
    public const string BarDeclaration = "global::Provisioning.Strategies.__Internals.BarDeclaration";
    public const string ProvisioningStep = "global::Provisioning.Steps.ProvisioningStep";
    public const string StepContext = "global::Provisioning.Steps.StepContext";
    public const string StepResult = "global::Provisioning.Steps.StepResult";
    public const string StepDispatcherInterface = "global::Provisioning.Steps.__Internals.IStepDispatcher";
    public const string StepDispatcher = "global::Provisioning.Steps.__Internals.StepDispatcher";
    public const string ValueTask = "global::System.Threading.Tasks.ValueTask";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string EditorBrowsable = "global::System.ComponentModel.EditorBrowsable";
    public const string EditorBrowsableState = "global::System.ComponentModel.EditorBrowsableState";
    public const string ModuleInitializer = "global::System.Runtime.CompilerServices.ModuleInitializer";
    public const string Type = "global::System.Type";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
}
