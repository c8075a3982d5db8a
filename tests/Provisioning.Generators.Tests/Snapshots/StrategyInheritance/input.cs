using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Strategies;

namespace Desk.Trend
{
    /// <summary>An exponential average.</summary>
    [Indicator("ema")]
    public sealed partial class Ema : IIndicator
    {
        /// <summary>Creates it.</summary>
        public Ema([Parameter(Min = 1)] int period)
        {
        }

        /// <summary>Warm-up.</summary>
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

    /// <summary>Declares the bars every trend strategy needs.</summary>
    [Bars("1m", Base = true)]
    [Bars("1d", Base = true, HistoricalDays = 250)]
    public abstract partial class TrendBase : Strategy
    {
    }

    /// <summary>Only [UsesIndicator] (the generic attribute alone triggers the manifest); inherits the bases.</summary>
    [UsesIndicator<Ema>("1h", 50)]
    [UsesIndicator<Ema>("1d", 200)]
    public sealed partial class TrendFollower : TrendBase
    {
    }

    /// <summary>Holds a nested strategy.</summary>
    public static partial class Desk
    {
        /// <summary>A nested strategy with an empty indicator list.</summary>
        [Bars("5s", Base = true)]
        [Bars("30s")]
        internal sealed partial class Scalper : Strategy
        {
        }
    }
}
