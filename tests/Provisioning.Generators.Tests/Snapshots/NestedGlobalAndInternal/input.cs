using Provisioning.Data;
using Provisioning.Indicators;

/// <summary>Counts bars; no parameters, declared in the global namespace.</summary>
[Indicator("bar_count", Input = PriceInput.Volume)]
public sealed partial class BarCount : IIndicator
{
    private int _count;

    /// <summary>Bars before the count is ready.</summary>
    public static int WarmupBars() => 1;

    /// <inheritdoc />
    public bool IsReady => _count > 0;

    /// <inheritdoc />
    public double Value => _count;

    /// <inheritdoc />
    public void Update(in Bar bar) => _count++;

    /// <inheritdoc />
    public void Reset() => _count = 0;
}

namespace Desk.Signals
{
    /// <summary>Oscillators of the desk.</summary>
    public static partial class Oscillators
    {
        /// <summary>A stochastic oscillator, internal and nested, declared as a record, with a keyword parameter name.</summary>
        [Indicator("stoch", Input = PriceInput.HighLowClose)]
        internal sealed partial record Stochastic : IIndicator
        {
            /// <summary>Creates the oscillator.</summary>
            public Stochastic([Parameter(Min = 1)] int @checked, [Parameter(Max = 0)] double offset = -1.5)
            {
                Checked = @checked;
                Offset = offset;
            }

            /// <summary>The window.</summary>
            public int Checked { get; }

            /// <summary>An offset.</summary>
            public double Offset { get; }

            /// <summary>Bars before it is ready; takes the parameters in another order than the constructor.</summary>
            public static int WarmupBars(double offset, int @checked) => @checked + (offset < -1 ? 1 : 0);

            /// <inheritdoc />
            public bool IsReady => false;

            /// <inheritdoc />
            public double Value => double.NaN;

            /// <inheritdoc />
            public void Update(in Bar bar)
            {
            }

            /// <inheritdoc />
            public void Reset()
            {
            }
        }
    }
}
