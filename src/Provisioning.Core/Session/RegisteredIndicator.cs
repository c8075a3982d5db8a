using System;
using Provisioning.Indicators;
using Provisioning.Requirements;

namespace Provisioning.Session;

/// <summary>An indicator attached to a symbol's bars: what it is, the live instance, who added it and when.</summary>
/// <param name="Spec">The indicator as data; <see cref="IndicatorSpec.Key"/> identifies it within the symbol.</param>
/// <param name="Indicator">The instance updated on each closed bar of <see cref="IndicatorSpec.Interval"/>.</param>
/// <param name="AddedBy">The source that added it.</param>
/// <param name="AddedAtUtc">The session time it was added.</param>
public sealed record RegisteredIndicator(IndicatorSpec Spec, IIndicator Indicator, ProvisionSource AddedBy, DateTime AddedAtUtc);
