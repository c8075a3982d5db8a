using System.Globalization;
using System.Text;
using Provisioning.Collections;
using Provisioning.Intervals;

namespace Provisioning.Indicators;

/// <summary>
/// What an indicator is, as data: its name, parameter values in constructor order, the interval of the bars it is
/// updated on, and how many bars it needs before it is ready. Its <see cref="Key"/> is canonical: <c>sma(20)@5m</c>.
/// Generated <c>Spec(...)</c> builders and the indicator registry produce these.
/// </summary>
public sealed record IndicatorSpec
{
    /// <summary>Creates a spec.</summary>
    public IndicatorSpec(string name, EquatableArray<IndicatorParameter> parameters, Interval interval, int warmupBars, PriceInput input = PriceInput.Close)
    {
        Name = name;
        Parameters = parameters;
        Interval = interval;
        WarmupBars = warmupBars;
        Input = input;
        Key = FormatKey(name, parameters, interval);
    }

    /// <summary>The declared name ("sma").</summary>
    public string Name { get; }

    /// <summary>The parameter values in constructor order.</summary>
    public EquatableArray<IndicatorParameter> Parameters { get; }

    /// <summary>The interval of the bars the indicator is updated on.</summary>
    public Interval Interval { get; }

    /// <summary>Bars of <see cref="Interval"/> needed before the indicator is ready.</summary>
    public int WarmupBars { get; }

    /// <summary>The part of each bar the indicator reads.</summary>
    public PriceInput Input { get; }

    /// <summary>The canonical key, <c>name(v1,v2)@interval</c>, unique per symbol.</summary>
    public string Key { get; }

    /// <summary>The value of the parameter named <paramref name="name"/>, or NaN.</summary>
    public double this[string name]
    {
        get
        {
            foreach (var parameter in Parameters)
            {
                if (parameter.Name == name)
                {
                    return parameter.Value;
                }
            }

            return double.NaN;
        }
    }

    /// <summary>The same indicator on another interval.</summary>
    public IndicatorSpec On(Interval interval) => new(Name, Parameters, interval, WarmupBars, Input);

    /// <inheritdoc />
    public override string ToString() => Key;

    private static string FormatKey(string name, EquatableArray<IndicatorParameter> parameters, Interval interval)
    {
        var key = new StringBuilder(name.Length + 16).Append(name).Append('(');
        for (var i = 0; i < parameters.Count; i++)
        {
            if (i > 0)
            {
                key.Append(',');
            }

            key.Append(parameters[i].Value.ToString("R", CultureInfo.InvariantCulture));
        }

        return key.Append(")@").Append(interval.ToString()).ToString();
    }
}
