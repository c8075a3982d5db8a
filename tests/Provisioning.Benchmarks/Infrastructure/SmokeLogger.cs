using System;
using BenchmarkDotNet.Loggers;

namespace Provisioning.Benchmarks.Infrastructure;

/// <summary>
/// The smoke run's console output: which benchmark runs and errors (an exception in a benchmark or its set-up, with the
/// stack trace); not BenchmarkDotNet's per-iteration measurements and summaries, which mean nothing in a dry run.
/// </summary>
public sealed class SmokeLogger : ILogger
{
    private bool _lineShown;

    /// <inheritdoc />
    public string Id => nameof(SmokeLogger);

    /// <inheritdoc />
    public int Priority => 0;

    /// <inheritdoc />
    public void Write(LogKind logKind, string text)
    {
        _lineShown = Shown(logKind, text);
        if (_lineShown)
        {
            Console.Write(text);
        }
    }

    /// <inheritdoc />
    public void WriteLine()
    {
        if (_lineShown)
        {
            Console.WriteLine();
        }

        _lineShown = false;
    }

    /// <inheritdoc />
    public void WriteLine(LogKind logKind, string text)
    {
        if (Shown(logKind, text))
        {
            Console.WriteLine(text);
        }

        _lineShown = false;
    }

    /// <inheritdoc />
    public void Flush() => Console.Out.Flush();

    // An exception thrown in-process is written as ordinary output: its message and stack lines are kept.
    private static bool Shown(LogKind logKind, string text) =>
        logKind == LogKind.Error
        || (logKind == LogKind.Header && text.StartsWith("// Benchmark: ", StringComparison.Ordinal))
        || text.Contains("Exception", StringComparison.Ordinal)
        || text.TrimStart().StartsWith("at ", StringComparison.Ordinal);
}
