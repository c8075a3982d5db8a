namespace Provisioning.Data.Store;

/// <summary>
/// What the store knows of one file from its footer: its columns, and the span of each row group, or why it cannot be
/// used. Kept while the file's version (length and write time, or ETag) is unchanged.
/// </summary>
internal sealed record BarFileSummary(
    string Path,
    BarFileVersion Version,
    BarFileColumns? Columns,
    RowGroupSpan[] RowGroups,
    BarFileProblem? Problem)
{
    /// <summary>Rows in all row groups.</summary>
    public long Rows
    {
        get
        {
            long rows = 0;
            foreach (var group in RowGroups)
            {
                rows += group.Rows;
            }

            return rows;
        }
    }

    /// <summary>A summary of a file that cannot be used.</summary>
    public static BarFileSummary Unusable(string path, BarFileVersion version, BarFileProblem problem) =>
        new(path, version, null, [], problem);
}
