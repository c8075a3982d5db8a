using System;

namespace Provisioning.Data;

/// <summary>A stretch inside a requested range where the store has no row group although bars were expected.</summary>
/// <param name="AfterUtc">The last stored bar start before the hole (or the range start when the hole opens it).</param>
/// <param name="BeforeUtc">The first stored bar start after the hole (or the range end when the hole closes it).</param>
/// <param name="MissingSessions">Whole sessions that fall inside the hole (0 when no calendar was given).</param>
public readonly record struct CoverageHole(DateTime AfterUtc, DateTime BeforeUtc, int MissingSessions);
