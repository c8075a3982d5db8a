using Provisioning.Data;
using Provisioning.Indicators;

namespace Provisioning.Core.Tests.Generated;

/// <summary>
/// A recursive user indicator declared as strategy authors declare theirs: the bar range (high − low) smoothed with
/// factor 1 / period, seeded with the first range it sees, so every value depends on the bar its warm-up started at.
/// </summary>
[Indicator("test_smoothed_range", Input = PriceInput.HighLowClose)]
public sealed partial class TestSmoothedRange([Parameter(Min = 1, Max = 1000)] int period) : IIndicator
{
    private int _bars;
    private double _value = double.NaN;

    public bool IsReady => _bars >= period;

    public double Value => _value;

    public static int WarmupBars(int period) => period;

    public void Update(in Bar bar)
    {
        var range = bar.High - bar.Low;
        _value = _bars == 0 ? range : _value + ((range - _value) / period);
        _bars++;
    }

    public void Reset()
    {
        _bars = 0;
        _value = double.NaN;
    }
}
