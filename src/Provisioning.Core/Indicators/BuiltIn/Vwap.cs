using Provisioning.Calendar;
using Provisioning.Data;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// Session volume-weighted average price: Σ(typical price × volume) / Σ volume over the bars of the current trading
/// session, typical price = (high + low + close) / 3. It restarts when its aggregator announces a new session
/// (<see cref="OnSessionStart"/>, called before the session's first bar), so the session boundary is the exchange
/// calendar's, not a guess from timestamps; fed without an aggregator it accumulates from its first bar (an anchored
/// VWAP) until <see cref="OnSessionStart"/> or <see cref="Reset"/>. Ready from the session's first bar; NaN while no
/// volume has traded in the session. Its value mid-session depends on every bar since the open, so warming it up needs
/// the current session's bars from the open (history loaded in whole sessions).
/// </summary>
[Indicator("vwap", Input = PriceInput.PriceVolume)]
public sealed partial class Vwap : IIndicator
{
    private double _priceVolume;
    private double _volume;
    private int _bars;

    /// <summary>Creates a session VWAP.</summary>
    public Vwap()
    {
    }

    /// <inheritdoc />
    public bool IsReady => _bars > 0;

    /// <inheritdoc />
    public double Value => _bars > 0 && _volume > 0 ? _priceVolume / _volume : double.NaN;

    /// <summary>The session's volume so far.</summary>
    public double SessionVolume => _volume;

    /// <summary>Bars needed before the VWAP is ready: the session's first.</summary>
    public static int WarmupBars() => 1;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        _priceVolume += bar.TypicalPrice * bar.Volume;
        _volume += bar.Volume;
        _bars++;
    }

    /// <summary>Starts a new session: forgets the previous session's bars.</summary>
    public void OnSessionStart(in TradingSession session) => Reset();

    /// <inheritdoc />
    public void Reset()
    {
        _priceVolume = 0;
        _volume = 0;
        _bars = 0;
    }
}
