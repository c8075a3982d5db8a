using System;
using Provisioning.Data;

namespace Provisioning.Benchmarks.Indicators;

/// <summary>
/// The baseline of figure 4: each indicator's value at bar <c>i</c> recomputed from scratch over its window, as a
/// stateless implementation does on every new bar. Windowed indicators (SMA, WMA, Bollinger, Stochastic) use exactly
/// their window and give the streaming value. Recursive ones (EMA, RSI, ATR, MACD) have no finite window; they are
/// recomputed over the history a warm-up loads, warm-up bars × 2 (the default multiplier), seeded as the built-ins
/// are, so they approximate the streaming value. Session-anchored ones (VWAP, and OBV here) run from the session's first bar.
/// </summary>
public sealed class NaiveRecomputation
{
    private readonly Func<Bar[], int, double> _valueAt;

    private NaiveRecomputation(string description, Func<Bar[], int, double> valueAt)
    {
        Description = description;
        _valueAt = valueAt;
    }

    /// <summary>What is recomputed over which bars.</summary>
    public string Description { get; }

    /// <summary>The value after bar <paramref name="index"/> of <paramref name="bars"/>.</summary>
    public double ValueAt(Bar[] bars, int index) => _valueAt(bars, index);

    /// <summary>The recomputation of a built-in indicator (names as in <see cref="IndicatorUpdateBenchmarks.Indicator"/>).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="sessionStart">For each bar, the index of its session's first bar.</param>
    public static NaiveRecomputation For(string indicator, int[] sessionStart) => indicator switch
    {
        "sma(20)" => new("mean of the last 20 closes", (b, i) => Sma(b, i, 20)),
        "ema(20)" => new("SMA seed of 20 closes, then 20 EMA steps", (b, i) => Ema(b, i, 20)),
        "wma(20)" => new("weighted mean of the last 20 closes", (b, i) => Wma(b, i, 20)),
        "rsi(14)" => new("Wilder averages over the last 30 closes", (b, i) => Rsi(b, i, 14)),
        "atr(14)" => new("Wilder average of the last 28 true ranges", (b, i) => Atr(b, i, 14)),
        "bollinger(20,2)" => new("mean and population deviation of the last 20 closes", (b, i) => BollingerUpper(b, i, 20, 2)),
        "macd(12,26,9)" => new("EMA(12), EMA(26) and signal EMA(9) over the last 68 closes", (b, i) => MacdSignal(b, i, 12, 26, 9)),
        "stochastic(14,3)" => new("%K over 14 bars for each of the last 3 bars, averaged", (b, i) => StochasticD(b, i, 14, 3)),
        "obv" => new("signed volumes since the session's first bar", (b, i) => Obv(b, i, sessionStart[i])),
        "vwap" => new("typical price × volume since the session's first bar", (b, i) => Vwap(b, i, sessionStart[i])),
        _ => throw new ArgumentException("No naive recomputation of " + indicator, nameof(indicator)),
    };

    private static double Sma(Bar[] bars, int index, int period)
    {
        var sum = 0.0;
        for (var j = index - period + 1; j <= index; j++)
        {
            sum += bars[j].Close;
        }

        return sum / period;
    }

    private static double Ema(Bar[] bars, int index, int period)
    {
        var first = index - (2 * period) + 1;
        var value = Sma(bars, first + period - 1, period);
        var smoothing = 2.0 / (period + 1);
        for (var j = first + period; j <= index; j++)
        {
            value += smoothing * (bars[j].Close - value);
        }

        return value;
    }

    private static double Wma(Bar[] bars, int index, int period)
    {
        double numerator = 0;
        for (var weight = 1; weight <= period; weight++)
        {
            numerator += weight * bars[index - period + weight].Close;
        }

        return numerator / (period * (period + 1.0) / 2.0);
    }

    private static double Rsi(Bar[] bars, int index, int period)
    {
        var first = index - (2 * (period + 1)) + 1;
        double gain = 0, loss = 0;
        for (var j = first + 1; j <= first + period; j++)
        {
            var change = bars[j].Close - bars[j - 1].Close;
            gain += Math.Max(change, 0);
            loss += Math.Max(-change, 0);
        }

        gain /= period;
        loss /= period;
        for (var j = first + period + 1; j <= index; j++)
        {
            var change = bars[j].Close - bars[j - 1].Close;
            gain = ((gain * (period - 1)) + Math.Max(change, 0)) / period;
            loss = ((loss * (period - 1)) + Math.Max(-change, 0)) / period;
        }

        return gain + loss > 0 ? 100.0 * gain / (gain + loss) : 50.0;
    }

    private static double Atr(Bar[] bars, int index, int period)
    {
        var first = index - (2 * period) + 1;
        var average = 0.0;
        for (var j = first; j <= index; j++)
        {
            var range = bars[j].High - bars[j].Low;
            if (j > first)
            {
                range = Math.Max(range, Math.Max(Math.Abs(bars[j].High - bars[j - 1].Close), Math.Abs(bars[j].Low - bars[j - 1].Close)));
            }

            average = j - first < period ? average + (range / period) : ((average * (period - 1)) + range) / period;
        }

        return average;
    }

    private static double BollingerUpper(Bar[] bars, int index, int period, double deviations)
    {
        var mean = Sma(bars, index, period);
        var squares = 0.0;
        for (var j = index - period + 1; j <= index; j++)
        {
            var deviation = bars[j].Close - mean;
            squares += deviation * deviation;
        }

        return mean + (deviations * Math.Sqrt(squares / period));
    }

    private static double MacdSignal(Bar[] bars, int index, int fast, int slow, int signal)
    {
        var window = 2 * (slow + signal - 1);
        var first = index - window + 1;
        double fastValue = 0, slowValue = 0, signalValue = 0;
        var signalCount = 0;
        for (var j = first; j <= index; j++)
        {
            var close = bars[j].Close;
            var seen = j - first + 1;
            fastValue = seen < fast ? fastValue + close : seen == fast ? (fastValue + close) / fast : fastValue + (2.0 / (fast + 1) * (close - fastValue));
            slowValue = seen < slow ? slowValue + close : seen == slow ? (slowValue + close) / slow : slowValue + (2.0 / (slow + 1) * (close - slowValue));
            if (seen < slow)
            {
                continue;
            }

            var line = fastValue - slowValue;
            signalCount++;
            signalValue = signalCount < signal ? signalValue + line : signalCount == signal ? (signalValue + line) / signal : signalValue + (2.0 / (signal + 1) * (line - signalValue));
        }

        return signalValue;
    }

    private static double StochasticD(Bar[] bars, int index, int kPeriod, int dPeriod)
    {
        var sum = 0.0;
        for (var j = index - dPeriod + 1; j <= index; j++)
        {
            double highest = double.MinValue, lowest = double.MaxValue;
            for (var m = j - kPeriod + 1; m <= j; m++)
            {
                highest = Math.Max(highest, bars[m].High);
                lowest = Math.Min(lowest, bars[m].Low);
            }

            sum += highest > lowest ? 100.0 * (bars[j].Close - lowest) / (highest - lowest) : 50.0;
        }

        return sum / dPeriod;
    }

    private static double Obv(Bar[] bars, int index, int first)
    {
        var total = 0.0;
        for (var j = first + 1; j <= index; j++)
        {
            var change = bars[j].Close - bars[j - 1].Close;
            total += change > 0 ? bars[j].Volume : change < 0 ? -bars[j].Volume : 0;
        }

        return total;
    }

    private static double Vwap(Bar[] bars, int index, int first)
    {
        double priceVolume = 0, volume = 0;
        for (var j = first; j <= index; j++)
        {
            priceVolume += bars[j].TypicalPrice * bars[j].Volume;
            volume += bars[j].Volume;
        }

        return volume > 0 ? priceVolume / volume : double.NaN;
    }
}
