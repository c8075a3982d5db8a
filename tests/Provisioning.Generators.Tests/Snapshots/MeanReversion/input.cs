using System.Threading.Tasks;
using Provisioning.Data;
using Provisioning.Steps.__Internals;
using Provisioning.Steps;
using Provisioning.Indicators;
using Provisioning.Planning;
using Provisioning.Strategies;

namespace Demo.Indicators
{
    /// <summary>Simple moving average of the close.</summary>
    [Indicator("sma")]
    public sealed partial class Sma : IIndicator
    {
        private readonly double[] _window;
        private int _count;
        private double _sum;

        /// <summary>Creates an SMA over <paramref name="period"/> bars.</summary>
        public Sma([Parameter(Min = 1, Max = 100000)] int period)
        {
            _window = new double[period];
        }

        /// <summary>Bars before the average is ready.</summary>
        public static int WarmupBars(int period) => period;

        /// <inheritdoc />
        public bool IsReady => _count >= _window.Length;

        /// <inheritdoc />
        public double Value => IsReady ? _sum / _window.Length : double.NaN;

        /// <inheritdoc />
        public void Update(in Bar bar)
        {
            var slot = _count % _window.Length;
            _sum += bar.Close - _window[slot];
            _window[slot] = bar.Close;
            _count++;
        }

        /// <inheritdoc />
        public void Reset()
        {
            System.Array.Clear(_window);
            _count = 0;
            _sum = 0;
        }
    }

    /// <summary>Bollinger bands: a middle average and bands k standard deviations away.</summary>
    [Indicator("bollinger", Input = PriceInput.Typical)]
    public sealed partial class Bollinger : IIndicator
    {
        /// <summary>Creates the bands.</summary>
        public Bollinger([Parameter(Min = 2)] int period, [Parameter(Min = 0.1, Max = 10)] double k = 2.0)
        {
            Period = period;
            K = k;
        }

        /// <summary>The window.</summary>
        public int Period { get; }

        /// <summary>The band width in standard deviations.</summary>
        public double K { get; }

        /// <summary>Bars before the bands are ready; k does not matter.</summary>
        public static int WarmupBars(int period) => period;

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

namespace Demo.Strategies
{
    using Demo.Indicators;

    /// <summary>Buys dips below the lower band on five-minute bars.</summary>
    [Bars("1m", Base = true)]
    [Bars("5m", HistoricalDays = 5)]
    [UsesIndicator<Sma>("5m", 20)]
    [UsesIndicator<Bollinger>("15m", 20, 2.5)]
    public sealed partial class MeanReversion : Strategy
    {
    }
}

namespace Demo.Steps
{
    /// <summary>Sends a notice when a symbol is provisioned.</summary>
    public sealed record NotifyDesk(string Symbol, string Message) : ProvisioningStep(Symbol)
    {
        /// <inheritdoc />
        public override string Describe() => $"notify the desk about {Symbol}: {Message}";
    }

    /// <summary>Handles the demo's own step.</summary>
    public static class NotifyDeskHandler
    {
        /// <summary>Sends the notice.</summary>
        [StepHandler]
        public static ValueTask<StepResult> Handle(NotifyDesk step, StepContext context) =>
            new(StepResult.Done("notified: " + step.Message));
    }
}
