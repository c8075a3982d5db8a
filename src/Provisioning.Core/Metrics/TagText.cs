using System;
using System.Collections.Concurrent;
using System.Text;
using Provisioning.Steps;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Metrics;

/// <summary>
/// Attribute values in the snake case OpenTelemetry uses ("succeeded_with_partial_history", "load_historical"), made
/// once per value so recording allocates nothing.
/// </summary>
internal static class TagText
{
    // Bounded by the step types compiled into the process (the built-ins and an author's own).
    private static readonly ConcurrentDictionary<Type, string> StepNames = new();

    public static string Of(ProvisionSource source) => source switch
    {
        ProvisionSource.Config => "config",
        ProvisionSource.Scanner => "scanner",
        ProvisionSource.Strategy => "strategy",
        ProvisionSource.Adhoc => "adhoc",
        _ => "other",
    };

    public static string Of(OperationType operation) => operation switch
    {
        OperationType.Symbol => "symbol",
        OperationType.Bar => "bar",
        OperationType.Indicator => "indicator",
        _ => "other",
    };

    public static string Of(AdditionStatus status) => status switch
    {
        AdditionStatus.Succeeded => "succeeded",
        AdditionStatus.AlreadySatisfied => "already_satisfied",
        AdditionStatus.Rejected => "rejected",
        AdditionStatus.Failed => "failed",
        AdditionStatus.Cancelled => "cancelled",
        AdditionStatus.SucceededWithPartialHistory => "succeeded_with_partial_history",
        _ => "other",
    };

    public static string Of(RemovalStatus status) => status switch
    {
        RemovalStatus.Removed => "removed",
        RemovalStatus.Kept => "kept",
        RemovalStatus.Rejected => "rejected",
        RemovalStatus.Failed => "failed",
        RemovalStatus.Cancelled => "cancelled",
        _ => "other",
    };

    public static string Of(StepStatus status) => status switch
    {
        StepStatus.Succeeded => "succeeded",
        StepStatus.Failed => "failed",
        StepStatus.Compensated => "compensated",
        StepStatus.Skipped => "skipped",
        _ => "other",
    };

    public static string Of(StrategyCallback callback) => callback switch
    {
        StrategyCallback.Start => "on_start",
        StrategyCallback.Bar => "on_bar",
        StrategyCallback.SessionEnd => "on_session_end",
        _ => "unknown",
    };

    /// <summary>The step record's type name in snake case: <c>LoadHistorical</c> is "load_historical".</summary>
    public static string StepName(Type stepType) => StepNames.GetOrAdd(stepType, static type => Snake(type.Name));

    private static string Snake(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
