using Provisioning.Data;
using Provisioning.Indicators;

namespace Provisioning.Core.Tests.Generated;

/// <summary>
/// A test indicator declared as strategy authors declare theirs: an int parameter with a range, a double parameter with
/// a range and a default, an input, and a warm-up that is not simply a parameter (2 × period + 1), so tests can tell
/// the declared function was called.
/// </summary>
[Indicator("test_channel", Input = PriceInput.HighLowClose)]
public sealed partial class TestChannel : IIndicator
{
    public TestChannel([Parameter(Min = 2, Max = 1000)] int period, [Parameter(Min = 0.5, Max = 5)] double width = 2.0)
    {
        Period = period;
        Width = width;
    }

    public int Period { get; }

    public double Width { get; }

    public bool IsReady => false;

    public double Value => double.NaN;

    public static int WarmupBars(int period) => (2 * period) + 1;

    public void Update(in Bar bar)
    {
    }

    public void Reset()
    {
    }
}
