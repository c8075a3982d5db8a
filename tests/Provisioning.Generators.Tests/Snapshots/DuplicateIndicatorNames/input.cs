using Provisioning.Data;
using Provisioning.Indicators;

namespace Desk.First
{
    /// <summary>One "ema".</summary>
    [Indicator("ema")]
    public sealed partial class Ema : Desk.Shared.IndicatorBase
    {
        /// <summary>Creates it.</summary>
        public Ema(int period)
        {
        }

        /// <summary>Warm-up.</summary>
        public static int WarmupBars(int period) => period;
    }
}

namespace Desk.Second
{
    /// <summary>Another "ema": both keep their typed API, neither is registered by name (PRV0005).</summary>
    [Indicator("ema")]
    public sealed partial class Ema : Desk.Shared.IndicatorBase
    {
        /// <summary>Creates it.</summary>
        public Ema(int period)
        {
        }

        /// <summary>Warm-up.</summary>
        public static int WarmupBars(int period) => 2 * period;
    }

    /// <summary>The only indicator registered by name.</summary>
    [Indicator("wma")]
    public sealed partial class Wma : Desk.Shared.IndicatorBase
    {
        /// <summary>Creates it.</summary>
        public Wma(int period)
        {
        }

        /// <summary>Warm-up.</summary>
        public static int WarmupBars(int period) => period;
    }
}

namespace Desk.Shared
{
    /// <summary>Implements IIndicator for the declarations above.</summary>
    public abstract class IndicatorBase : IIndicator
    {
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
