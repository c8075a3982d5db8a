using System;

namespace Provisioning.Data;

/// <summary>
/// A read could not complete because a file or directory of the store is unusable. It names the file and the problem;
/// the executor turns it into a failed step. Bars already handed out stay valid, and the store keeps working for
/// every other file.
/// </summary>
public sealed class BarStoreException : Exception
{
    /// <summary>Creates the exception for <paramref name="problem"/>.</summary>
    public BarStoreException(BarFileProblem problem, Exception? innerException = null)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).Message, innerException)
    {
        Problem = problem;
    }

    /// <summary>The file or directory and what is wrong with it.</summary>
    public BarFileProblem Problem { get; }

    /// <summary>The full path of the file or directory.</summary>
    public string FilePath => Problem.Path;

    /// <summary>What is wrong.</summary>
    public BarProblemKind Kind => Problem.Kind;
}
