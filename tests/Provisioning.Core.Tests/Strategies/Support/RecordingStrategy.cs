using System;
using System.Collections.Generic;
using Provisioning.Data;
using Provisioning.Indicators.BuiltIn;
using Provisioning.Intervals;
using Provisioning.Session;
using Provisioning.Strategies;

namespace Provisioning.Core.Tests.Strategies.Support;

/// <summary>
/// Records every callback it gets, and on each 5m bar what its SMA(3) reads through the generated typed property; a
/// test may hook a bar to add from the callback or throw.
/// </summary>
[Bars("1m", Base = true)]
[Bars("5m")]
[UsesIndicator<Sma>("5m", 3)]
internal sealed partial class RecordingStrategy : Strategy
{
    public List<CallbackEvent> Events { get; } = [];

    /// <summary>Per 5m bar of a symbol: whether the SMA was ready and its value, read inside OnBar.</summary>
    public List<(string Symbol, DateTime Start, bool Ready, double Value)> SmaReads { get; } = [];

    /// <summary>Runs inside OnBar after the bar was recorded.</summary>
    public Action<RecordingStrategy, string, Interval, Bar>? OnBarHook { get; set; }

    public Action<RecordingStrategy>? OnStartHook { get; set; }

    /// <summary>The session as the strategy sees it, for hooks.</summary>
    public IProvisioningSession StrategySession => Session;

    public override void OnStart()
    {
        Events.Add(CallbackEvent.Start);
        OnStartHook?.Invoke(this);
    }

    public override void OnBar(string symbol, Interval interval, Bar bar)
    {
        Events.Add(new CallbackEvent("bar", symbol, interval, bar));
        if (interval == Interval.Minutes(5) && Sma_3_5m.TryGet(symbol, out var sma))
        {
            SmaReads.Add((symbol, bar.Start, sma.IsReady, sma.Value));
        }

        OnBarHook?.Invoke(this, symbol, interval, bar);
    }

    public override void OnSessionEnd() => Events.Add(CallbackEvent.End);
}
