namespace Provisioning.Data;

/// <summary>One file or directory the store could not use, with the reason a person can act on.</summary>
/// <param name="Path">The full path of the file or directory.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">What is wrong and what to do, naming the file.</param>
public sealed record BarFileProblem(string Path, BarProblemKind Kind, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
