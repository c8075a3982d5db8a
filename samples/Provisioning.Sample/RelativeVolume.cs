namespace Provisioning.Sample;

/// <summary>
/// A strategy author's own indicator, declared like the built-ins: the volume of the last bar divided by the average
/// volume of the <c>period</c> bars before it (2.0 = twice the usual volume). The generator gives it
/// <c>RelativeVolume.Spec(period)</c>, a registry entry named "relvol" and <c>session.AddRelativeVolumeAsync(...)</c>.
/// </summary>
[Indicator("relvol", Input = PriceInput.Volume)]
public sealed partial class RelativeVolume : IIndicator
{
    private readonly double[] _window;
    private int _count;
    private int _next;
    private double _sum;
    private double _value = double.NaN;

    /// <summary>Creates the indicator over <paramref name="period"/> bars of history.</summary>
    public RelativeVolume([Parameter(Min = 2, Max = 500)] int period)
    {
        _window = new double[period];
    }

    /// <summary>The period plus the bar compared with it.</summary>
    public static int WarmupBars(int period) => period + 1;

    /// <inheritdoc />
    public bool IsReady => _count > _window.Length;

    /// <inheritdoc />
    public double Value => IsReady ? _value : double.NaN;

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        if (_count >= _window.Length)
        {
            _value = _sum > 0 ? bar.Volume / (_sum / _window.Length) : double.NaN;
            _sum -= _window[_next];
        }

        _window[_next] = bar.Volume;
        _sum += bar.Volume;
        _next = (_next + 1) % _window.Length;
        _count++;
    }

    /// <inheritdoc />
    public void Reset()
    {
        System.Array.Clear(_window);
        _count = 0;
        _next = 0;
        _sum = 0;
        _value = double.NaN;
    }
}
