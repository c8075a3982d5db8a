using System;
using System.Threading;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// Runs analyzer callbacks so that a bug in an analyzer never becomes an AD0001 error in a user's build: code being
/// typed is often half-written, and a missed diagnostic is better than a failed build. Cancellation still propagates.
/// What was swallowed is counted, so tests can prove that nothing was.
/// </summary>
internal static class AnalyzerGuard
{
    private static int s_swallowed;

    /// <summary>How many exceptions the guard has swallowed in this process.</summary>
    public static int Swallowed => Volatile.Read(ref s_swallowed);

    /// <summary>The last exception swallowed, for a test to show.</summary>
    public static Exception? LastSwallowed { get; private set; }

    public static void Run<TContext>(TContext context, Action<TContext> action)
    {
        try
        {
            action(context);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // An analyzer must not fail the build over its own bug; the diagnostic is skipped instead.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LastSwallowed = exception;
            Interlocked.Increment(ref s_swallowed);
        }
    }
}
