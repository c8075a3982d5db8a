using System;
using Provisioning.Collections;
using Provisioning.Intervals;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.State;

namespace Provisioning.Core.Tests.Planning;

public sealed class SessionStateSnapshotTests
{
    private static readonly DateTime Friday1310 = new(2024, 3, 8, 18, 10, 0, DateTimeKind.Utc);
    private static readonly DateTime Monday1000 = new(2024, 3, 11, 14, 0, 0, DateTimeKind.Utc);

    private static SymbolState Aapl(params IntervalState[] intervals) => new(
        "AAPL",
        ProvisionSource.Config,
        MeetsSessionConfigRequirements: true,
        AutoProvisioned: false,
        UpgradedFromAdhoc: false,
        new EquatableArray<IntervalState>(intervals),
        EquatableArray<string>.Of("sma(20)@5m"));

    private static SymbolState Msft() => new(
        "MSFT", ProvisionSource.Scanner, false, true, false, EquatableArray<IntervalState>.Empty, EquatableArray<string>.Empty);

    [Fact]
    public void Empty_holds_no_symbol()
    {
        Assert.Empty(SessionStateSnapshot.Empty.Symbols);
        Assert.False(SessionStateSnapshot.Empty.TryGetSymbol("AAPL", out _));
    }

    [Fact]
    public void Snapshots_of_the_same_symbols_are_equal_whatever_the_order()
    {
        var first = new SessionStateSnapshot(new[] { Aapl(), Msft() });
        var second = new SessionStateSnapshot(new[] { Msft(), Aapl() });

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(new[] { "AAPL", "MSFT" }, new[] { first.Symbols[0].Symbol, first.Symbols[1].Symbol });
        Assert.NotEqual(first, SessionStateSnapshot.Empty);
    }

    [Fact]
    public void With_adds_a_symbol_or_replaces_its_state_and_leaves_the_original_alone()
    {
        var before = SessionStateSnapshot.Empty.With(Msft());
        var upgraded = Msft() with { MeetsSessionConfigRequirements = true, UpgradedFromAdhoc = true, AddedBy = ProvisionSource.Config };

        var after = before.With(upgraded).With(Aapl());

        Assert.Equal(2, after.Symbols.Count);
        Assert.True(after.TryGetSymbol("MSFT", out var msft));
        Assert.True(msft.UpgradedFromAdhoc);
        Assert.True(before.TryGetSymbol("MSFT", out var original));
        Assert.False(original.UpgradedFromAdhoc);
        Assert.Single(before.Symbols);
    }

    [Fact]
    public void Symbol_state_answers_about_its_series_and_indicators()
    {
        var state = Aapl(
            new IntervalState(Interval.Minutes(1), null, IsStreaming: true, new HistoryRange(Friday1310, Monday1000)),
            new IntervalState(Interval.Minutes(5), Interval.Minutes(1)));

        Assert.True(state.HasInterval(Interval.Minutes(5)));
        Assert.False(state.HasInterval(Interval.Minutes(15)));
        Assert.True(state.IsStreaming(Interval.Minutes(1)));
        Assert.False(state.IsStreaming(Interval.Minutes(5)));
        Assert.False(state.IsStreaming(Interval.Days(1)));
        Assert.Equal(Interval.Minutes(1), state.Find(Interval.Minutes(5))!.BuiltFrom);
        Assert.Null(state.Find(Interval.Days(1)));
        Assert.True(state.HasIndicator("sma(20)@5m"));
        Assert.False(state.HasIndicator("sma(50)@5m"));
    }

    [Fact]
    public void History_range_covers_only_what_lies_inside_it()
    {
        var range = new HistoryRange(Friday1310, Monday1000);

        Assert.True(range.Covers(Friday1310, Monday1000));
        Assert.True(range.Covers(Friday1310.AddHours(1), Monday1000.AddMinutes(-1)));
        Assert.False(range.Covers(Friday1310.AddMinutes(-1), Monday1000));
        Assert.False(range.Covers(Friday1310, Monday1000.AddMinutes(1)));
        Assert.False(range.IsEmpty);
        Assert.True(new HistoryRange(Monday1000, Monday1000).IsEmpty);
    }
}
