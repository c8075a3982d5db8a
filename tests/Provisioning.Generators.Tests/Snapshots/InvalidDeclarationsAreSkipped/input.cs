using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Strategies;

namespace Desk.Broken
{
    /// <summary>The one valid indicator here.</summary>
    [Indicator("ok")]
    public sealed partial class Ok : IndicatorBase
    {
        /// <summary>Creates it.</summary>
        public Ok([Parameter(Min = 1, Max = 50)] int period)
        {
        }

        /// <summary>Warm-up.</summary>
        public static int WarmupBars(int period) => period;
    }

    /// <summary>Not partial: skipped (PRV0003).</summary>
    [Indicator("not_partial")]
    public sealed class NotPartial : IndicatorBase
    {
        /// <summary>Creates it.</summary>
        public NotPartial(int period)
        {
        }

        /// <summary>Warm-up.</summary>
        public static int WarmupBars(int period) => period;
    }

    /// <summary>No WarmupBars: skipped (PRV0004).</summary>
    [Indicator("no_warmup")]
    public sealed partial class NoWarmup : IndicatorBase
    {
        /// <summary>Creates it.</summary>
        public NoWarmup(int period)
        {
        }
    }

    /// <summary>WarmupBars takes a parameter the constructor does not have: skipped (PRV0004).</summary>
    [Indicator("stray_warmup")]
    public sealed partial class StrayWarmup : IndicatorBase
    {
        /// <summary>Creates it.</summary>
        public StrayWarmup(int period)
        {
        }

        /// <summary>Warm-up.</summary>
        public static int WarmupBars(int length) => length;
    }

    /// <summary>A name that is not lower-case letters and digits: skipped (PRV0003).</summary>
    [Indicator("Bad Name")]
    public sealed partial class BadName : IndicatorBase
    {
        /// <summary>Warm-up.</summary>
        public static int WarmupBars() => 0;
    }

    /// <summary>A long parameter: skipped (PRV0003).</summary>
    [Indicator("long_param")]
    public sealed partial class LongParameter : IndicatorBase
    {
        /// <summary>Creates it.</summary>
        public LongParameter(long period)
        {
        }

        /// <summary>Warm-up.</summary>
        public static int WarmupBars(long period) => (int)period;
    }

    /// <summary>An empty range: skipped (PRV0006).</summary>
    [Indicator("empty_range")]
    public sealed partial class EmptyRange : IndicatorBase
    {
        /// <summary>Creates it.</summary>
        public EmptyRange([Parameter(Min = 5, Max = 1)] int period)
        {
        }

        /// <summary>Warm-up.</summary>
        public static int WarmupBars(int period) => period;
    }

    /// <summary>Abstract: skipped (PRV0003).</summary>
    [Indicator("abstract")]
    public abstract partial class AbstractIndicator : IndicatorBase
    {
        /// <summary>Warm-up.</summary>
        public static int WarmupBars() => 0;
    }

    /// <summary>
    /// Keeps its valid declarations only: the 1m base, 60m (non-canonical, PRV0009, kept as 1h) and ok(3) on 5m. Left
    /// out: "7x" (PRV0001), ok(0) (PRV0006), ok with a double (wrong type), not_partial (invalid indicator).
    /// </summary>
    [Bars("1m", Base = true)]
    [Bars("7x")]
    [Bars("60m", HistoricalDays = 2)]
    [UsesIndicator<Ok>("5m", 0)]
    [UsesIndicator<Ok>("5m", 3)]
    [UsesIndicator<Ok>("5m", 2.5)]
    [UsesIndicator<NotPartial>("5m", 3)]
    public sealed partial class Survivor : Strategy
    {
    }

    /// <summary>Not partial: no manifest.</summary>
    [Bars("1m", Base = true)]
    public sealed class NotPartialStrategy : Strategy
    {
    }

    /// <summary>Not a strategy: no manifest.</summary>
    [Bars("1m", Base = true)]
    public sealed partial class NotAStrategy
    {
    }

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
