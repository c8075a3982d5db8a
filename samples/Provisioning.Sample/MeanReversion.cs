using System.Globalization;

namespace Provisioning.Sample;

/// <summary>
/// A strategy's needs, declared where a reader looks for them, and its reactions. The generator turns the attributes
/// into <c>MeanReversion.DeclaredManifest</c>, which the session provisions for every symbol before the open, and into
/// one typed property per indicator (<c>BollingerBands_20_2_5m[symbol]</c>); the analyzers check them at build time (a
/// "7x" interval or a 15m bar with no base to build it from is a build error). The session then calls
/// <see cref="OnStart"/>, <see cref="OnBar"/> for each closed 1m and 5m bar, in time order, and
/// <see cref="OnSessionEnd"/>. After 90 minutes (18 five-minute bars) the strategy adds RSI(14) on 15m bars for the
/// symbol from its callback; the 15m bars reach it from the next one that closes.
/// </summary>
[Bars("1m", Base = true)]
[Bars("5m", HistoricalDays = 2)]
[UsesIndicator<Sma>("5m", 20)]
[UsesIndicator<BollingerBands>("5m", 20, 2.0)]
[UsesIndicator<RelativeVolume>("5m", 12)]
public sealed partial class MeanReversion(TextWriter output) : Strategy
{
    private const int BarsBeforeRsi = 18;
    private const int SignalsShown = 6;
    private readonly Dictionary<(string Symbol, Interval Interval), int> _bars = [];
    private int _signals;

    /// <summary>Writes to the console.</summary>
    public MeanReversion()
        : this(Console.Out)
    {
    }

    /// <summary>Buy and sell signals seen: a 5m close outside the Bollinger bands on higher than usual volume.</summary>
    public int Signals => _signals;

    /// <inheritdoc />
    public override void OnStart() =>
        Write($"   MeanReversion starts on {string.Join(", ", Data.Symbols.Select(s => s.Symbol))}: reacting to 1m and 5m bars");

    /// <inheritdoc />
    public override void OnBar(string symbol, Interval interval, Bar bar)
    {
        var key = (symbol, interval);
        var seen = _bars[key] = _bars.GetValueOrDefault(key) + 1;
        if (interval == Interval.Minutes(1))
        {
            if (seen == 1)
            {
                Write($"   {bar.Start:HH:mm}Z {symbol} 1m: first minute, close {bar.Close:0.00}");
            }

            return;
        }

        if (interval == Interval.Minutes(15))
        {
            if (seen <= 2)
            {
                Write($"   {bar.Start:HH:mm}Z {symbol} 15m (added at run time): close {bar.Close:0.00}");
            }

            return;
        }

        // A 5m bar: its indicators already include it.
        var bands = BollingerBands_20_2_5m[symbol];
        var volume = RelativeVolume_12_5m[symbol];
        if (seen <= 2)
        {
            Write($"   {bar.Start:HH:mm}Z {symbol} 5m: close {bar.Close:0.00}, SMA(20) {Sma_20_5m[symbol].Value:0.00}, bands {bands.Lower:0.00}..{bands.Upper:0.00}");
        }

        if (bands.IsReady && volume.IsReady && volume.Value > 1.0 && (bar.Close < bands.Lower || bar.Close > bands.Upper))
        {
            if (++_signals <= SignalsShown)
            {
                Write($"   {bar.Start:HH:mm}Z {symbol} 5m: {(bar.Close < bands.Lower ? "buy" : "sell")} signal, close {bar.Close:0.00} outside {bands.Lower:0.00}..{bands.Upper:0.00} on {volume.Value:0.0}× volume");
            }
        }

        if (seen == BarsBeforeRsi)
        {
            Write($"   {bar.Start.AddMinutes(5):HH:mm}Z MeanReversion adds RSI(14) on 15m bars for {symbol} from its callback");
            _ = Session.AddRsiAsync(symbol, period: 14, interval: "15m");
        }
    }

    /// <inheritdoc />
    public override void OnSessionEnd()
    {
        var counts = string.Join(", ", _bars.GroupBy(b => b.Key.Interval).OrderBy(g => g.Key).Select(g => $"{g.Sum(b => b.Value)} {g.Key}"));
        Write($"   MeanReversion saw {counts} bars and {_signals} signals ({Math.Min(_signals, SignalsShown)} shown)");
    }

    private void Write(FormattableString line)
    {
        lock (Console.Out)
        {
            output.WriteLine(line.ToString(CultureInfo.InvariantCulture));
        }
    }
}
