using System.Collections.Generic;
using Provisioning.Aggregation;
using Provisioning.Calendar;
using Provisioning.Data;

namespace Provisioning.Core.Tests.Aggregation;

/// <summary>Records the bars and session starts an aggregator delivers, in order.</summary>
internal sealed class RecordingSubscriber : IBarSubscriber
{
    public List<Bar> Bars { get; } = [];

    public List<string> Events { get; } = [];

    public void Update(in Bar bar)
    {
        Bars.Add(bar);
        Events.Add("bar " + bar.Start.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    public void OnSessionStart(in TradingSession session)
    {
        Events.Add("session " + session.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
