namespace Provisioning.Data.Store;

/// <summary>
/// Settings of a <see cref="ParquetBarStore"/>, as a plain object for <c>IOptions&lt;T&gt;</c> binding.
/// <para>
/// Layout: one file per symbol, interval and UTC year of the bar start, under <see cref="RootDirectory"/>, at
/// <see cref="PathTemplate"/>. The default, <c>interval={interval}/symbol={symbol}/year={year}.parquet</c>, puts 1m bars
/// of AAPL for 2024 at <c>interval=1m/symbol=AAPL/year=2024.parquet</c>: hive-style interval and symbol partitions that
/// DuckDB, pyarrow and Spark read as columns, one directory per symbol (thousands of symbols list quickly), and files of at most a year
/// (about 98,000 one-minute bars), so a read opens only the years it needs and, inside a file, only the row groups
/// whose statistics meet the range. Intervals are written in canonical form ("1m", "5m", "1h", "1d") and symbols in
/// normalised upper case; other directory names are ignored.
/// </para>
/// </summary>
internal sealed class ParquetBarStoreOptions
{
    /// <summary>The default <see cref="PathTemplate"/>.</summary>
    public const string DefaultPathTemplate = "interval={interval}/symbol={symbol}/year={year}.parquet";

    /// <summary>The store's root directory.</summary>
    public string RootDirectory { get; set; } = string.Empty;

    /// <summary>
    /// Where a series' files are, relative to the root, with '/' between directories: must hold <c>{symbol}</c> and
    /// <c>{interval}</c>, may hold <c>{year}</c> (only in the file name; without it one file holds every year), and ends
    /// in ".parquet". Each placeholder may appear once.
    /// </summary>
    public string PathTemplate { get; set; } = DefaultPathTemplate;

    /// <summary>Column names, when the files do not use the usual ones.</summary>
    public ParquetColumnMapping Columns { get; set; } = new();

    /// <summary>The unit of timestamp columns stored as bare 64-bit integers.</summary>
    public EpochUnit EpochUnit { get; set; } = EpochUnit.Auto;

    /// <summary>
    /// The IANA or Windows time zone of timestamps written without UTC adjustment (Parquet's isAdjustedToUTC=false, as
    /// pandas writes naive timestamps); null or empty reads them as UTC. Bare epoch integers and INT96 timestamps are
    /// always UTC.
    /// </summary>
    public string? NaiveTimestampTimeZone { get; set; }
}
