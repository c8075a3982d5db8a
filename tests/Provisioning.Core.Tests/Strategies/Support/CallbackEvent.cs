using System;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Strategies.Support;

/// <summary>One callback a test strategy received: OnStart and OnSessionEnd have no symbol; OnBar has its bar.</summary>
internal sealed record CallbackEvent(string Kind, string? Symbol = null, Interval? Interval = null, Bar Bar = default)
{
    public static CallbackEvent Start { get; } = new("start");

    public static CallbackEvent End { get; } = new("end");

    public DateTime BarEnd => Bar.Start + TimeSpan.FromSeconds(Interval!.Value.TotalSeconds);

    public override string ToString() => Symbol is null ? Kind : $"{Symbol} {Interval} {Bar.Start:HH:mm}";
}
