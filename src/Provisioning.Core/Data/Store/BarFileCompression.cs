namespace Provisioning.Data.Store;

/// <summary>The compression of files the writer makes.</summary>
internal enum BarFileCompression
{
    /// <summary>Snappy: fast, and read by every Parquet tool.</summary>
    Snappy = 0,

    /// <summary>Zstandard: smaller files, still fast to read.</summary>
    Zstd,

    /// <summary>Gzip: the most widely readable.</summary>
    Gzip,

    /// <summary>No compression.</summary>
    None,
}
