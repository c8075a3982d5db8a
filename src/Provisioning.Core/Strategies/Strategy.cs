using System;
using System.ComponentModel;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Session;
using Provisioning.Strategies.__Internals;

namespace Provisioning.Strategies;

/// <summary>
/// The base of a trading strategy. Declare what it needs on the class with <see cref="Strategies.BarsAttribute"/> and
/// <see cref="Strategies.UsesIndicatorAttribute{TIndicator}"/>, and make it <c>partial</c>: the generator then
/// overrides <see cref="Manifest"/> with those declarations, read at compile time, and gives the class a typed
/// property per declared indicator (<c>Sma_20_5m[symbol].Value</c>). Override the callbacks to react: the session
/// calls <see cref="OnStart"/>, then <see cref="OnBar"/> for each closed bar of the strategy's series in time order,
/// then <see cref="OnSessionEnd"/>, all from its delivery loop, one at a time.
/// </summary>
/// <example>
/// <code>
/// [Bars("1m", Base = true)] [Bars("5m", HistoricalDays = 5)] [UsesIndicator&lt;Sma&gt;("5m", 20)]
/// public sealed partial class MeanReversion : Strategy
/// {
///     public override void OnBar(string symbol, Interval interval, Bar bar)
///     {
///         if (interval == Interval.Minutes(5) &amp;&amp; Sma_20_5m[symbol] is { IsReady: true } sma &amp;&amp; bar.Close &lt; sma.Value) { /* … */ }
///     }
/// }
/// </code>
/// </example>
public abstract class Strategy
{
    /// <summary>Everything the strategy declares; empty unless it declares bars or indicators.</summary>
    public virtual StrategyManifest Manifest => StrategyManifest.Empty(GetType().Name);

    /// <summary>
    /// Called once, after the session's pre-open provisioning (the strategy's declarations for every config symbol
    /// that loaded). What the strategy adds here through <see cref="Session"/> delivers from the first live bar.
    /// </summary>
    public virtual void OnStart()
    {
    }

    /// <summary>
    /// Called for each closed bar of every interval the strategy declared (its bars and its indicators' intervals) for
    /// each of its symbols, and of every series it added through <see cref="Session"/>. Bars come in time order: a
    /// derived bar right after the base bar that closes it, every symbol's bars of one instant before any later bar.
    /// The strategy's indicators already include <paramref name="bar"/>. An exception is logged and reported to the
    /// session's observer; the session, the other strategies and this one's later bars go on.
    /// </summary>
    /// <param name="symbol">The bar's symbol.</param>
    /// <param name="interval">The bar's interval.</param>
    /// <param name="bar">The closed bar.</param>
    public virtual void OnBar(string symbol, Interval interval, Bar bar)
    {
    }

    /// <summary>Called once when the session's stream has ended and its last bars were delivered.</summary>
    public virtual void OnSessionEnd()
    {
    }

    /// <summary>
    /// The session the strategy runs in, for additions: symbols, bars and indicators added here (from a callback or
    /// not) become the strategy's own and reach <see cref="OnBar"/> from the next bar that closes after the call, none
    /// missed and none twice. An addition asked for in a callback is done before the session delivers the next bar.
    /// </summary>
    /// <exception cref="InvalidOperationException">The strategy has not been started by a session.</exception>
    protected IProvisioningSession Session => Binding?.Session ?? throw NotStarted();

    /// <summary>The session's symbols, bars and indicators.</summary>
    /// <exception cref="InvalidOperationException">The strategy has not been started by a session.</exception>
    protected SessionData Data => Binding?.Data ?? throw NotStarted();

    /// <summary>The session this strategy runs in; null until a session starts it.</summary>
    internal StrategyBinding? Binding { get; set; }

    /// <summary>
    /// A typed view of one declared indicator across the strategy's symbols. Generated code calls it for each
    /// <see cref="Strategies.UsesIndicatorAttribute{TIndicator}"/>; strategy code reads the generated properties.
    /// </summary>
    /// <typeparam name="TIndicator">The indicator class.</typeparam>
    /// <param name="spec">The declared indicator, as in <see cref="Manifest"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected IndicatorHandle<TIndicator> Indicator<TIndicator>(IndicatorSpec spec)
        where TIndicator : class, IIndicator
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new IndicatorHandle<TIndicator>(this, spec);
    }

    private InvalidOperationException NotStarted() =>
        new($"{Manifest.StrategyName} has not been started by a session; pass it to the session's StartAsync first.");
}
