using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Core.Tests.Data.Support;
using Provisioning.Data.Store;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Data.Store;

/// <summary>How a <see cref="BarPathLayout"/> matches one directory or file name against one segment of its template.</summary>
public sealed class BarPathLayoutMatchingTests
{
    private static readonly string[] Segments =
    [
        "symbol={symbol}",
        "interval={interval}",
        "{year}.parquet",
        "year={year}.parquet",
        "{symbol}.parquet",
        "{symbol}.{year}.parquet",
        "{symbol}-{interval}",
        "{interval}_{symbol}_{year}.parquet",
        "x{year}y",
        "{symbol}_{year}.parquet",
    ];

    private static readonly string?[] Symbols = [null, "A", "BRK.B", "A-1M", "A_B"];
    private static readonly string?[] Intervals = [null, "1m", "5m", "15m"];

    /// <summary>
    /// The specification: the regular expression the layout's documentation gives for a segment, written here from it
    /// (placeholders as named groups, bound ones as their escaped value, the rest escaped, the whole name up to <c>\z</c>),
    /// .NET's backtracking semantics.
    /// </summary>
    private static Regex Oracle(string segment, string? symbol, string? interval)
    {
        var pattern = new StringBuilder("^");
        var rest = segment;
        while (rest.Length > 0)
        {
            if (rest.StartsWith("{symbol}", StringComparison.Ordinal))
            {
                pattern.Append(symbol is null ? "(?<symbol>[A-Za-z0-9._^-]+)" : Regex.Escape(symbol));
                rest = rest["{symbol}".Length..];
            }
            else if (rest.StartsWith("{interval}", StringComparison.Ordinal))
            {
                pattern.Append(interval is null ? "(?<interval>[0-9]+[a-z]+)" : Regex.Escape(interval));
                rest = rest["{interval}".Length..];
            }
            else if (rest.StartsWith("{year}", StringComparison.Ordinal))
            {
                pattern.Append("(?<year>[0-9]{4})");
                rest = rest["{year}".Length..];
            }
            else
            {
                pattern.Append(Regex.Escape(rest[..1]));
                rest = rest[1..];
            }
        }

        return new Regex(pattern.Append(@"\z").ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    private static IEnumerable<string> Names()
    {
        string[] handPicked =
        [
            "", "symbol=AAPL", "symbol=", "symbol=aapl", "symbol=BRK.B", "symbol=A-1M", "symbol=A B", "interval=1m", "interval=15m",
            "interval=1M", "interval=m", "interval=1", "interval=1m\n", "2024.parquet", "2024.parquet\n", "2024.parquet\n\n",
            "202.parquet", "20245.parquet", "year=2024.parquet", "A.parquet", "BRK.B.parquet", "BRK.B.2024.parquet",
            "A.2024.2025.parquet", "A-1m", "A-1m-5m", "A-1M-5m", "A-15m", "A-1m5m", "1m_A_2024.parquet", "15m_A_B_2024.parquet",
            "1m_BRK.B_2024.parquet", "x2024y", "x2024y\n", "x20245y", "A_B_2024.parquet", "A_2024_2024.parquet", "^_-._2024.parquet",
            "\u0661\u0662\u0663\u0664.parquet", "ＡＢ.parquet", "A.PARQUET",
        ];
        foreach (var name in handPicked)
        {
            yield return name;
        }

        // Names built at random from the pieces the segments are made of, so splits are ambiguous often.
        string[] pieces = ["A", "B", "1", "5", "m", "M", "-", "_", ".", "^", "2024", "parquet", ".parquet", "x", "y", "\n", "=", "symbol=", "15m"];
        var random = new Random(20241203);
        for (var i = 0; i < 4000; i++)
        {
            var name = new StringBuilder();
            var count = random.Next(1, 7);
            for (var p = 0; p < count; p++)
            {
                name.Append(pieces[random.Next(pieces.Length)]);
            }

            yield return name.ToString();
        }
    }

    [Fact]
    public void Every_segment_matches_and_captures_exactly_what_its_documented_regular_expression_does()
    {
        var compared = 0;
        var matched = 0;
        foreach (var segment in Segments)
        {
            var layoutPattern = BarPathLayout.SegmentPattern(segment);
            foreach (var symbol in Symbols)
            {
                foreach (var interval in Intervals)
                {
                    var oracle = Oracle(segment, symbol, interval);
                    foreach (var name in Names())
                    {
                        var expected = oracle.Match(name);
                        var actual = BarPathLayout.MatchSegment(layoutPattern, name, symbol, interval);
                        Assert.True(expected.Success == actual is not null, $"\"{segment}\" ({symbol}, {interval}) on \"{name}\": regex {expected.Success}, layout {actual is not null}");
                        if (actual is not null)
                        {
                            matched++;

                            // A bound placeholder captured its value where the segment has it (the oracle matched it literally).
                            Assert.Equal(Bound(segment, "{symbol}", symbol) ?? Group(expected, "symbol"), Group(actual, "symbol"));
                            Assert.Equal(Bound(segment, "{interval}", interval) ?? Group(expected, "interval"), Group(actual, "interval"));
                            Assert.Equal(Group(expected, "year"), Group(actual, "year"));
                        }

                        compared++;
                    }
                }
            }
        }

        // The comparison is only worth something if both outcomes occur often.
        Assert.True(matched > 500, matched + " of " + compared + " names matched.");
        Assert.True(compared - matched > 500);
    }

    [Fact]
    public void A_symbol_with_dots_is_split_from_the_year_as_the_expression_backtracks()
    {
        var pattern = BarPathLayout.SegmentPattern("{symbol}.{year}.parquet");

        var match = BarPathLayout.MatchSegment(pattern, "BRK.B.2024.parquet", null, null);

        Assert.NotNull(match);
        Assert.Equal("BRK.B", Group(match, "symbol"));
        Assert.Null(Group(match, "interval"));
        Assert.Equal("2024", Group(match, "year"));
        Assert.Null(BarPathLayout.MatchSegment(pattern, "BRK.B.2024.parquet", "BRK", null));
    }

    [Theory]
    [InlineData("{year}.parquet", "2024.parquet")]
    [InlineData("interval={interval}", "interval=1m")]
    [InlineData("symbol={symbol}", "symbol=AAPL")]
    public void A_name_ending_in_a_line_feed_is_not_the_name_without_it(string segment, string name)
    {
        var pattern = BarPathLayout.SegmentPattern(segment);

        Assert.NotNull(BarPathLayout.MatchSegment(pattern, name, null, null));
        Assert.Null(BarPathLayout.MatchSegment(pattern, name + "\n", null, null));
    }

    [Fact]
    public async Task A_file_whose_name_ends_in_a_line_feed_is_not_counted_as_the_years_file()
    {
        using var root = new TempDirectory();
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = root.Path });
        await new ParquetBarWriter(store).WriteAsync("AAPL", Interval.Minutes(1), SyntheticBars.Minutes(ExchangeCalendars.Xnys, new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 4)));
        var path = store.FilePath("AAPL", Interval.Minutes(1), 2024);
        File.Copy(path, path + "\n");

        var availability = await store.GetAvailabilityAsync("AAPL", Interval.Minutes(1));

        // One session of 390 one-minute bars, in year=2024.parquet only.
        Assert.Equal(1, availability.Files);
        Assert.Equal(390, availability.Rows);
    }

    /// <summary>The value bound to <paramref name="token"/> when the segment holds it; null otherwise.</summary>
    private static string? Bound(string segment, string token, string? value) =>
        segment.Contains(token, StringComparison.Ordinal) ? value : null;

    private static string? Group(Match match, string name) => match.Groups[name].Success ? match.Groups[name].Value : null;
}
