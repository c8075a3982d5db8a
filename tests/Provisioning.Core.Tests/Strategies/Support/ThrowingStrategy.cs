using System;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Strategies;

namespace Provisioning.Core.Tests.Strategies.Support;

/// <summary>Throws in OnStart and on every 5m bar, and counts every bar it is given.</summary>
[Bars("1m", Base = true)]
[Bars("5m")]
internal sealed partial class ThrowingStrategy : Strategy
{
    public int Bars { get; private set; }

    public bool Ended { get; private set; }

    public override void OnStart() => throw new InvalidOperationException("broken on start");

    public override void OnBar(string symbol, Interval interval, Bar bar)
    {
        Bars++;
        if (interval == Interval.Minutes(5))
        {
            throw new InvalidOperationException($"broken on {bar.Start:HH:mm}");
        }
    }

    public override void OnSessionEnd() => Ended = true;
}
