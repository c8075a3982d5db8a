using System;
using System.Linq;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data.Sample;

namespace Provisioning.Core.Tests.Data.Sample;

/// <summary>
/// The sample generator follows the calendar it is given, not a 390-minute day. November 2024, by hand: XTKS 09:00-11:30
/// and 12:30-15:00 JST until the 4th (00:00-02:30Z, 03:30-06:00Z) and to 15:30 from 5 November (06:30Z): 300 then 330
/// one-minute bars, none in the break; CMES sessions run 17:00 the evening before to 17:00 Chicago time, 1440 minutes
/// (less on the 12:00 close of the day after Thanksgiving); a 24/7 day holds 1440 minutes from 00:00Z.
/// </summary>
public sealed class SampleDataPerCalendarTests
{
    private static readonly SampleDataSet November = SampleDataSet.Default with
    {
        Symbols = EquatableArray<SampleSymbol>.Of(SampleDataSet.Default.Symbols[0]),
        DaysFrom = new DateOnly(2024, 10, 28),
        MinutesFrom = new DateOnly(2024, 11, 1),
        MinutesTo = new DateOnly(2024, 11, 8),
    };

    [Fact]
    public void Tokyo_minutes_skip_the_lunch_break_and_follow_the_later_close()
    {
        var xtks = ExchangeCalendars.Get("XTKS");
        var minutes = new SampleDataGenerator(xtks, November).Generate()[0].Minutes;
        var perDay = minutes.GroupBy(b => xtks.ExchangeDate(b.Start)).ToDictionary(g => g.Key, g => g.Count());

        // 1 Nov (Fri) 300; 4 Nov is Culture Day observed (3 Nov is a Sunday); 5-8 Nov 150 + 180 = 330.
        Assert.Equal(300, perDay[new DateOnly(2024, 11, 1)]);
        Assert.False(perDay.ContainsKey(new DateOnly(2024, 11, 4)));
        Assert.Equal(330, perDay[new DateOnly(2024, 11, 5)]);
        Assert.DoesNotContain(minutes, b => b.Start.TimeOfDay >= TimeSpan.FromHours(2.5) && b.Start.TimeOfDay < TimeSpan.FromHours(3.5));
        Assert.Contains(minutes, b => b.Start == new DateTime(2024, 11, 5, 3, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void CME_minutes_start_the_evening_before_and_a_24_7_day_holds_1440()
    {
        var cmes = ExchangeCalendars.Get("CMES");
        var es = new SampleDataGenerator(cmes, November).Generate()[0];

        // Friday 1 November's session opens Thursday 31 October 17:00 CDT = 22:00Z and closes Friday 17:00 CDT = 22:00Z:
        // 24 × 60 = 1440 minutes, the first of them on the 31st.
        Assert.Equal(new DateTime(2024, 10, 31, 22, 0, 0, DateTimeKind.Utc), es.Minutes[0].Start);
        Assert.Equal(1440, es.Minutes.Count(b => b.Start < new DateTime(2024, 11, 1, 22, 0, 0, DateTimeKind.Utc)));

        var always = ExchangeCalendars.Get("24/7");
        var btc = new SampleDataGenerator(always, November).Generate()[0];

        // 1-8 November: 8 days × 1440.
        Assert.Equal(8 * 1440, btc.Minutes.Length);
        Assert.Equal(new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc), btc.Minutes[0].Start);
    }
}
