using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Session;

/// <summary>
/// An addition waiting for its symbol's gate. The addition that gets the gate takes the ones queued that it can be
/// planned with (<see cref="CanJoin"/>) and runs them as one batch; each still gets its own result.
/// </summary>
internal sealed class QueuedAddition(ProvisioningRequest request, string? exchange, CancellationToken cancellationToken, long started)
{
    /// <summary>The request, its symbol without the exchange.</summary>
    public ProvisioningRequest Request { get; } = request;

    /// <summary>The exchange the request named (<c>"XTKS:7203"</c>), or null.</summary>
    public string? Exchange { get; } = exchange;

    /// <summary>The caller's cancellation.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>When the addition was asked for (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
    public long Started { get; } = started;

    /// <summary>Its result, set by the holder of the gate that ran it.</summary>
    public TaskCompletionSource<AdditionResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The gate's removal count when it was queued; set under the gates' lock.</summary>
    public long Epoch { get; set; }

    /// <summary>
    /// True when this addition can run in one batch with <paramref name="taken"/>: indicator additions only, asked by
    /// the same source on the same exchange with the same cancellation, and none of the same indicator (that one waits
    /// for the next batch, where it finds the indicator held).
    /// </summary>
    public bool CanJoin(List<QueuedAddition> taken)
    {
        if (Request is not IndicatorRequest { Spec: { } spec })
        {
            return false;
        }

        foreach (var other in taken)
        {
            if (other.Request is not IndicatorRequest { Spec: { } otherSpec }
                || other.Request.Source != Request.Source
                || !string.Equals(other.Exchange, Exchange, StringComparison.OrdinalIgnoreCase)
                || other.CancellationToken != CancellationToken
                || otherSpec.Key == spec.Key)
            {
                return false;
            }
        }

        return true;
    }
}
