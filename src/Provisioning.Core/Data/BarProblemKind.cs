namespace Provisioning.Data;

/// <summary>Why a file, a directory or the store as a whole cannot give bars.</summary>
public enum BarProblemKind
{
    /// <summary>The store's root directory does not exist.</summary>
    RootMissing = 0,

    /// <summary>A directory or file exists but cannot be read (permissions, or a file where a directory should be).</summary>
    Unreadable,

    /// <summary>The file has no bytes, or is a valid Parquet file with no rows.</summary>
    EmptyFile,

    /// <summary>The file is not Parquet or is damaged: truncated, overwritten, a bad footer or page.</summary>
    Corrupt,

    /// <summary>A column the store needs (timestamp, open, high, low, close or volume) is not in the file.</summary>
    MissingColumn,

    /// <summary>A column has a type the store cannot read as a timestamp or a number.</summary>
    WrongColumnType,

    /// <summary>The symbol is not well formed, so it never becomes a path.</summary>
    InvalidSymbol,

    /// <summary>
    /// A folder or file names a symbol in other than its canonical upper case (<c>symbol=aapl</c>): its bars are not
    /// read. The message names the path and what to rename it to.
    /// </summary>
    MisnamedSymbol,
}
