namespace Provisioning.Strategies;

/// <summary>
/// The base of a trading strategy. Declare what it needs on the class with <see cref="Attributes.BarsAttribute"/> and
/// <see cref="Attributes.UsesIndicatorAttribute{TIndicator}"/>, and make it <c>partial</c>: the generator then
/// overrides <see cref="Manifest"/> with those declarations, read at compile time.
/// </summary>
/// <example>
/// <code>
/// [Bars("1m", Base = true)] [Bars("5m", HistoricalDays = 5)] [UsesIndicator&lt;Sma&gt;("5m", 20)]
/// public sealed partial class MeanReversion : Strategy { }
/// </code>
/// </example>
public abstract class Strategy
{
    /// <summary>Everything the strategy declares; empty unless it declares bars or indicators.</summary>
    public virtual StrategyManifest Manifest => StrategyManifest.Empty(GetType().Name);
}
