using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Cli.CommandLine;

namespace Provisioning.Cli;

/// <summary>
/// The <c>provision</c> command. <see cref="Run"/> and <see cref="RunAsync"/> run it in-process with any writers, which
/// is how the integration tests call it; <c>Main</c> passes the console.
/// </summary>
public static class Program
{
    /// <summary>Runs the command line <paramref name="args"/> on the console and returns the exit code.</summary>
    public static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return RunAsync(args, Console.Out, Console.Error, cancellation.Token).GetAwaiter().GetResult();
    }

    /// <summary>Runs <paramref name="args"/>, writing results to <paramref name="output"/> and messages to <paramref name="error"/>.</summary>
    /// <returns>An <see cref="ExitCodes"/> value.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error).GetAwaiter().GetResult();

    /// <summary>Runs <paramref name="args"/>, writing results to <paramref name="output"/> and messages to <paramref name="error"/>.</summary>
    /// <returns>An <see cref="ExitCodes"/> value.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return new ProvisionCommandLine(output, error).InvokeAsync(args, cancellationToken);
    }
}
