namespace Provisioning.Data.Store;

/// <summary>
/// How much time one row group of a written file holds. Row groups are the unit a read skips or reads, so smaller
/// ones make short reads cheaper; a UTC month of one-minute bars is about 8,200 rows.
/// </summary>
internal enum BarRowGroupPeriod
{
    /// <summary>One UTC month per row group.</summary>
    Month = 0,

    /// <summary>One UTC day per row group.</summary>
    Day,

    /// <summary>One UTC year per row group (a whole year file in one row group).</summary>
    Year,
}
