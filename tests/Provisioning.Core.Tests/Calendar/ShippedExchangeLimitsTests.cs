using Provisioning.Calendar;
using Provisioning.Config;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// The build reads the shipped exchanges' longest sessions from a table in src/Shared (it has no calendars); the table
/// must name the same exchanges as <see cref="ExchangeCalendars"/> and the same lengths as their definitions.
/// </summary>
public sealed class ShippedExchangeLimitsTests
{
    [Fact]
    public void The_build_knows_the_shipped_exchanges()
    {
        Assert.Equal(ExchangeCalendars.ShippedExchanges, ShippedExchangeLimits.Names);
        Assert.Equal(ExchangeCalendars.ShippedExchanges, SessionConfigSchema.KnownExchanges);
    }

    [Fact]
    public void The_builds_session_lengths_are_the_calendars()
    {
        foreach (var exchange in ExchangeCalendars.ShippedExchanges)
        {
            Assert.True(ShippedExchangeLimits.TryGetMaxIntradayMinutes(exchange, out var minutes), exchange);
            Assert.Equal(ExchangeCalendars.Get(exchange).MaxIntradayMinutes(), minutes);
        }
    }

    [Fact]
    public void An_exchange_not_shipped_has_no_length_in_the_table()
    {
        Assert.False(ShippedExchangeLimits.TryGetMaxIntradayMinutes("XASX", out _));
        Assert.False(ShippedExchangeLimits.TryGetMaxIntradayMinutes(null, out _));
    }
}
