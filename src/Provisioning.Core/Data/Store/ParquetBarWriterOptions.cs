namespace Provisioning.Data.Store;

/// <summary>How <see cref="ParquetBarWriter"/> writes files.</summary>
internal sealed class ParquetBarWriterOptions
{
    /// <summary>The compression codec.</summary>
    public BarFileCompression Compression { get; set; } = BarFileCompression.Snappy;

    /// <summary>The time one row group holds for intraday bars; day and week bars always use one row group per year.</summary>
    public BarRowGroupPeriod RowGroupPeriod { get; set; } = BarRowGroupPeriod.Month;
}
