using System;
using Provisioning.Calendar;
using Provisioning.Calendar.Definitions;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>The registry of calendars from definition files: replaced by name, never a shipped name, and bounded.</summary>
public sealed class CalendarRegistryTests
{
    [Fact]
    public void The_registry_holds_at_most_its_capacity_and_replacing_a_name_does_not_grow_it()
    {
        var registry = new CalendarRegistry(2, ["XNYS"]);
        registry.Add(Calendar("XAAA"), "a.json");
        registry.Add(Calendar("XBBB"), "b.json");
        var replacement = Calendar("xaaa");
        registry.Add(replacement, "a2.json");

        var error = Assert.Throws<CalendarDefinitionException>(() => registry.Add(Calendar("XCCC"), "c.json"));

        Assert.Contains("2 calendars are registered already", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "XAAA", "XBBB" }, registry.Names);
        Assert.True(registry.TryGet("XAAA", out var found));
        Assert.Same(replacement, found);
        Assert.False(registry.TryGet("XCCC", out _));
    }

    [Fact]
    public void A_reserved_name_is_refused()
    {
        var registry = new CalendarRegistry(2, ["XNYS"]);

        var error = Assert.Throws<CalendarDefinitionException>(() => registry.Add(Calendar("xnys"), "nyse.json"));

        Assert.Equal("$.exchange", error.JsonPath);
        Assert.Empty(registry.Names);
    }

    [Fact]
    public void The_process_wide_registry_is_bounded()
    {
        Assert.Equal(64, ExchangeCalendars.MaxRegistered);
    }

    private static RuleBasedTradingCalendar Calendar(string exchange) => new(new ExchangeDefinition(
        exchange, "Etc/UTC", new TimeOnly(9, 0), new TimeOnly(17, 0), new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), [], [], [], []));
}
