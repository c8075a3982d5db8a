using System;

namespace Provisioning.Data;

/// <summary>
/// The first and last bar start of one row group, from its statistics (or, for a row group written without them,
/// from its timestamp column, read once and cached).
/// </summary>
/// <param name="FirstUtc">The earliest bar start in the row group.</param>
/// <param name="LastUtc">The latest bar start in the row group.</param>
/// <param name="Rows">The rows in the row group, valid or not.</param>
public readonly record struct StoredSpan(DateTime FirstUtc, DateTime LastUtc, long Rows);
