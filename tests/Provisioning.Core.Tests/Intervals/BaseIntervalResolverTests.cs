using System;
using System.Collections.Generic;
using System.Linq;
using Provisioning.Intervals;

namespace Provisioning.Core.Tests.Intervals;

public sealed class BaseIntervalResolverTests
{
    private static Interval I(string text) => IntervalParser.Parse(text).Interval;

    private static Interval[] Bases(params string[] texts) => texts.Select(I).ToArray();

    [Theory]
    // Both divide 15m; 5m reads a fifth of the bars of 1m.
    [InlineData("15m", "1m,5m", "5m")]
    [InlineData("15m", "5m,1m", "5m")]
    // 1d is itself a base: no aggregation, one bar per session.
    [InlineData("1d", "1m,1d", "1d")]
    // A week from daily bars rather than minute bars.
    [InlineData("1w", "1m,1d", "1d")]
    // 4m does not divide 6m; 2m does and is coarser than 1m.
    [InlineData("6m", "1m,2m,4m", "2m")]
    [InlineData("10m", "1m,2m,5m", "5m")]
    // Without a daily base, a day bar comes from the coarsest intraday base.
    [InlineData("1d", "1m,5m", "5m")]
    [InlineData("1m", "1m,1d", "1m")]
    [InlineData("90s", "1s,1m", "1s")]
    public void Picks_the_coarsest_base_that_divides_the_target(string target, string bases, string expected)
    {
        var resolution = BaseIntervalResolver.Resolve(I(target), Bases(bases.Split(',')));

        Assert.True(resolution.Success, resolution.Reason);
        Assert.Equal(I(expected), resolution.Base);
        Assert.Equal(I(target), resolution.Target);
        Assert.Equal(expected == target, resolution.IsBase);
        Assert.Null(resolution.Reason);
    }

    [Theory]
    // 5m cannot be made from daily bars; the usual base for minute bars is 1m.
    [InlineData("5m", "1d", "bases: 1d", "1m")]
    // 90 s is not a whole number of minutes: only a seconds base builds it.
    [InlineData("90s", "1m,1d", "bases: 1m, 1d", "1s")]
    [InlineData("1d", "", "bases: none", "1d")]
    [InlineData("1w", "2d", "bases: 2d", "1d")]
    public void Missing_base_names_the_target_and_suggests_a_base(string target, string bases, string listed, string suggestion)
    {
        var baseList = bases.Length == 0 ? new Interval[0] : Bases(bases.Split(','));

        var resolution = BaseIntervalResolver.Resolve(I(target), baseList);

        Assert.False(resolution.Success);
        Assert.False(resolution.IsBase);
        Assert.True(resolution.Base.IsDefault);
        Assert.Contains("build " + target + " bars", resolution.Reason!, StringComparison.Ordinal);
        Assert.Contains(listed, resolution.Reason!, StringComparison.Ordinal);
        Assert.Contains("add a base such as " + suggestion, resolution.Reason!, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_one_shot_sequence_of_bases_only_once()
    {
        var reads = 0;
        IEnumerable<Interval> OneShot()
        {
            reads++;
            if (reads > 1)
            {
                throw new InvalidOperationException("enumerated twice");
            }

            yield return Interval.Days(1);
        }

        var resolution = BaseIntervalResolver.Resolve(Interval.Minutes(5), OneShot());

        Assert.False(resolution.Success);
        Assert.Contains("bases: 1d", resolution.Reason!, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_entries_among_the_bases_are_ignored()
    {
        var resolution = BaseIntervalResolver.Resolve(Interval.Minutes(5), new[] { default(Interval), Interval.Minutes(1) });

        Assert.Equal(Interval.Minutes(1), resolution.Base);
    }

    [Theory]
    [InlineData("5m", "1m")]
    [InlineData("90s", "1s")]
    [InlineData("1h", "1m")]
    [InlineData("1d", "1d")]
    [InlineData("1w", "1d")]
    public void Suggested_base_is_the_usual_one(string target, string expected)
    {
        Assert.Equal(I(expected), BaseIntervalResolver.SuggestedBase(I(target)));
    }
}
