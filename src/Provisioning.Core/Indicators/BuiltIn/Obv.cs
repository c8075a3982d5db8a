using Provisioning.Data;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>
/// On-Balance Volume (Granville): a running total that adds the bar's volume when the close rises, subtracts it when
/// the close falls and leaves it when the close is unchanged. It starts at 0 on its first bar, so its level depends
/// on where it started; only its changes carry meaning.
/// </summary>
[Indicator("obv", Input = PriceInput.PriceVolume)]
public sealed partial class Obv : IIndicator
{
    private bool _hasPrevious;
    private double _previousClose;
    private double _total;

    /// <summary>Creates an OBV.</summary>
    public Obv()
    {
    }

    /// <inheritdoc />
    public bool IsReady => _hasPrevious;

    /// <inheritdoc />
    public double Value => _hasPrevious ? _total : double.NaN;

    /// <summary>Bars needed before the OBV is ready: one, which sets the starting close.</summary>
    public static int WarmupBars() => 1;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        var close = bar.Close;
        if (_hasPrevious)
        {
            if (close > _previousClose)
            {
                _total += bar.Volume;
            }
            else if (close < _previousClose)
            {
                _total -= bar.Volume;
            }
        }

        _hasPrevious = true;
        _previousClose = close;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _hasPrevious = false;
        _previousClose = 0;
        _total = 0;
    }
}
