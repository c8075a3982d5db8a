namespace Provisioning.Data.CorporateActions;

/// <summary>A row, or a whole file, of a corporate-action table that could not be used, with what to do about it.</summary>
/// <param name="Path">The file (a path or an <c>s3://</c> name).</param>
/// <param name="Row">The row of a Parquet file or the line of a CSV file, counted from 1; 0 when the problem is the file's.</param>
/// <param name="Message">What is wrong and what to do, naming the file and the row; one line, user text escaped and clipped.</param>
internal sealed record CorporateActionProblem(string Path, int Row, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
