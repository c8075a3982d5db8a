using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Provisioning.Indicators;
using Provisioning.Text;

namespace Provisioning.Strategies;

/// <summary>
/// One indicator a strategy declares, typed, for each of its symbols: <c>Sma_20_5m["AAPL"].Value</c>. The generator
/// gives a strategy one per <see cref="Strategies.UsesIndicatorAttribute{TIndicator}"/>, so strategy code names no
/// indicator key. Read inside a callback, the indicator includes the bar being delivered.
/// </summary>
/// <typeparam name="TIndicator">The indicator class.</typeparam>
public sealed class IndicatorHandle<TIndicator>
    where TIndicator : class, IIndicator
{
    private readonly Strategy _owner;

    internal IndicatorHandle(Strategy owner, IndicatorSpec spec)
    {
        _owner = owner;
        Spec = spec;
    }

    /// <summary>The declared indicator (its key, parameters and interval).</summary>
    public IndicatorSpec Spec { get; }

    /// <summary>The indicator of <paramref name="symbol"/>.</summary>
    /// <exception cref="KeyNotFoundException">The session has no such indicator for the symbol (not provisioned, or its addition failed).</exception>
    /// <exception cref="InvalidOperationException">The strategy has not been started by a session.</exception>
    public TIndicator this[string symbol] =>
        TryGet(symbol, out var indicator)
            ? indicator
            : throw new KeyNotFoundException($"The session has no {EchoedText.Inline(Spec.Key)} for {EchoedText.Inline(symbol)}; it is provisioned for the strategy's symbols before the open, or added with Session.AddIndicatorAsync.");

    /// <summary>The indicator of <paramref name="symbol"/>; false when the session has none for it (or has not started the strategy).</summary>
    public bool TryGet(string symbol, [NotNullWhen(true)] out TIndicator? indicator)
    {
        indicator = null;
        if (_owner.Binding is { } binding
            && symbol is not null
            && binding.Data.TryGetSymbol(symbol, out var data)
            && data.TryGetIndicator(Spec.Key, out var registered))
        {
            indicator = registered.Indicator as TIndicator;
        }

        return indicator is not null;
    }
}
