using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Provisioning.Generators.Model;

namespace Provisioning.Generators.Emitting;

/// <summary>
/// The names of a strategy's typed indicator properties: the indicator class, its given arguments and the interval,
/// joined by underscores (<c>Sma_20_5m</c>, <c>BollingerBands_20_2p5_5m</c>); a name taken twice gets a counter.
/// </summary>
internal static class StrategyIndicatorNames
{
    /// <summary>One name per declared indicator, in declaration order.</summary>
    public static IReadOnlyList<string> For(IEnumerable<IndicatorUseModel> uses)
    {
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var use in uses)
        {
            var name = Of(use);
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            names.Add(unique);
        }

        return names;
    }

    /// <summary>The name of one declaration, before any counter.</summary>
    public static string Of(IndicatorUseModel use)
    {
        var type = use.IndicatorType;
        var simple = type.Substring(type.LastIndexOfAny(['.', ':']) + 1).TrimStart('@');
        var parts = new[] { simple }
            .Concat(use.Arguments.Select(a => Number(a.Value, a.IsInteger)))
            .Append(use.Interval.ToString());
        return string.Join("_", parts);
    }

    // A number as identifier text: 20, 2p5 for 2.5, m1 for -1.
    private static string Number(double value, bool isInteger)
    {
        var text = isInteger
            ? ((int)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '.' => "p",
                '-' => "m",
                '+' => string.Empty,
                'E' => "e",
                _ => char.IsLetterOrDigit(c) ? c.ToString() : "_",
            });
        }

        return builder.ToString();
    }
}
