using System;
using System.ComponentModel;

namespace Provisioning.Attributes;

/// <summary>
/// Marks a member the generator emitted for an indicator (its <c>Spec(...)</c> and session <c>Add…Async</c> methods),
/// naming the indicator, so analyzers can check constant arguments at call sites against the indicator's declared
/// parameter ranges. Not for hand-written code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class IndicatorApiAttribute : Attribute
{
    /// <summary>Marks a member generated for <paramref name="indicatorType"/>.</summary>
    public IndicatorApiAttribute(Type indicatorType)
    {
        IndicatorType = indicatorType;
    }

    /// <summary>The indicator class the member was generated for.</summary>
    public Type IndicatorType { get; }
}
