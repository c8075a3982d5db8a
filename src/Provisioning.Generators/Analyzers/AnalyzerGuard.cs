using System;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// Runs analyzer callbacks so that a bug in an analyzer never becomes an AD0001 error in a user's build: code being
/// typed is often half-written, and a missed diagnostic is better than a failed build. Cancellation still propagates.
/// </summary>
internal static class AnalyzerGuard
{
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
        catch (Exception)
#pragma warning restore CA1031
        {
            // Skipped on purpose: see the type's summary.
        }
    }
}
