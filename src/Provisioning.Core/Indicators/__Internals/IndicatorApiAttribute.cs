using System;
using System.ComponentModel;

namespace Provisioning.Indicators.__Internals;

/// <summary>
/// Marks a session <c>Add…Async</c> extension the generator emitted for an indicator (or, from older generated code,
/// its class), naming the
/// indicator, so analyzers can check constant arguments at call sites against its declared parameter ranges. (The
/// generated <c>Spec(...)</c> needs no mark: it is declared in the indicator class itself.) Not for hand-written code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class IndicatorApiAttribute : Attribute
{
    /// <summary>Marks extensions generated for <paramref name="indicatorType"/>.</summary>
    public IndicatorApiAttribute(Type indicatorType)
    {
        IndicatorType = indicatorType;
    }

    /// <summary>The indicator class the extensions were generated for.</summary>
    public Type IndicatorType { get; }
}
