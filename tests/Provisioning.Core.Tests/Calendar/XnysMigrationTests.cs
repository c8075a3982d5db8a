using System;
using System.Collections.Generic;
using Provisioning.Calendar;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>
/// XNYS moved from C# rules (<see cref="XnysLegacyDefinition"/>, kept here as the reference) to its shipped definition
/// file without changing a single session of 1990..2035.
/// </summary>
public sealed class XnysMigrationTests
{
    [Fact]
    public void The_definition_file_gives_every_session_the_csharp_rules_gave()
    {
        var legacy = new RuleBasedTradingCalendar(XnysLegacyDefinition.Create());
        var shipped = (RuleBasedTradingCalendar)ExchangeCalendars.Xnys;

        Assert.Equal(legacy.FirstDate, shipped.FirstDate);
        Assert.Equal(legacy.LastDate, shipped.LastDate);
        Assert.Equal(legacy.TimeZone.Id, shipped.TimeZone.Id);

        var differences = new List<string>();
        for (var date = legacy.FirstDate; date <= legacy.LastDate; date = date.AddDays(1))
        {
            var inLegacy = legacy.TryGetSession(date, out var expected);
            var inShipped = shipped.TryGetSession(date, out var actual);
            if (inLegacy != inShipped || expected != actual)
            {
                differences.Add($"{date:yyyy-MM-dd}: {(inLegacy ? expected.ToString() : "closed")} before, {(inShipped ? actual.ToString() : "closed")} now");
            }
        }

        Assert.Empty(differences);
        Assert.Equal(legacy.Sessions.Length, shipped.Sessions.Length);
    }
}
