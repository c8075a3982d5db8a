using System;
using Provisioning.Data;
using Provisioning.Indicators;

namespace Provisioning.Core.Tests.Generated;

/// <summary>A user indicator with a bug: it throws on every update after its first <c>bars</c>.</summary>
[Indicator("throwafter")]
public sealed partial class ThrowAfter([Parameter(Min = 1)] int bars) : IIndicator
{
    private int _count;

    public static int WarmupBars(int bars) => 1;

    public bool IsReady => _count > 0;

    public double Value => _count;

    public void Update(in Bar bar)
    {
        if (++_count > bars)
        {
            throw new InvalidOperationException("A bug in a user's indicator.");
        }
    }

    public void Reset() => _count = 0;
}
