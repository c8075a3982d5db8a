using Provisioning.Data.Store;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// The two files of a symbol's corporate-action table as found at one moment: equal values mean unchanged files, so a
/// table parsed from them still stands.
/// </summary>
/// <param name="Parquet">The Parquet table.</param>
/// <param name="Csv">The CSV table.</param>
internal readonly record struct ActionTableFiles(ActionTableFile Parquet, ActionTableFile Csv)
{
    /// <summary>True when either file exists.</summary>
    public bool Any => Parquet.Version is not null || Csv.Version is not null;

    /// <summary>True when a file could not be inspected.</summary>
    public bool Unknown => Parquet.Error is not null || Csv.Error is not null;
}

/// <summary>One table file: its path, its version (null when it does not exist) or why it could not be inspected.</summary>
/// <param name="Path">The path or object name as the source takes it.</param>
/// <param name="Version">Length and stamp (write time or ETag); null when there is no such file.</param>
/// <param name="Error">The I/O error met inspecting it; null when it was inspected.</param>
internal readonly record struct ActionTableFile(string Path, BarFileVersion? Version, string? Error);
