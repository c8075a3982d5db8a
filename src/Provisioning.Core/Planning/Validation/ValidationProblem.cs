namespace Provisioning.Planning.Validation;

/// <summary>One thing in the way of an addition, with a sentence a person can act on.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Message">What is wrong, naming the symbol, interval, dates or file.</param>
/// <param name="Path">The file or directory concerned, when there is one.</param>
internal sealed record ValidationProblem(ValidationProblemKind Kind, string Message, string? Path = null)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
