using System;
using System.Threading;

namespace Provisioning.Execution.Dispatch;

/// <summary>
/// What a step handler works with: the services of the session executing the plan (its state, data store, calendar,
/// indicator catalog, logger, clock) and the cancellation of the addition. One context serves every step of a plan.
/// </summary>
public sealed class StepContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="services">Resolves what handlers need; the session runtime decides what it offers.</param>
    /// <param name="cancellationToken">Cancels the addition; handlers pass it to their I/O.</param>
    public StepContext(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
        CancellationToken = cancellationToken;
    }

    /// <summary>Resolves what handlers need.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Cancels the addition.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The service of type <typeparamref name="TService"/>.</summary>
    /// <exception cref="InvalidOperationException">The session offers no such service (a wiring bug).</exception>
    public TService Get<TService>()
        where TService : class =>
        Services.GetService(typeof(TService)) as TService
        ?? throw new InvalidOperationException($"The step context offers no {typeof(TService).FullName}.");
}
