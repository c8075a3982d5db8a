using System;
using System.IO;
using System.Text;
using Provisioning.Calendar;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>A definition file with a mistake fails with the file, the line, the JSON path and what to write instead.</summary>
public sealed class DefinitionErrorTests
{
    // Line numbers below count from this first line ("{" is line 1).
    private const string Valid = """
        {
          "exchange": "XERR",
          "timeZone": "Europe/Paris",
          "firstDate": "2024-01-01",
          "lastDate": "2024-12-31",
          "hours": [ { "open": "09:00", "close": "17:30" } ],
          "holidays": [
            { "name": "New Year's Day", "date": { "month": 1, "day": 1 } },
            { "name": "Labour Day", "date": { "month": 5, "day": 1 } }
          ],
          "earlyCloses": [
            { "name": "Christmas Eve", "date": { "month": 12, "day": 24 }, "close": "14:00" }
          ]
        }
        """;

    [Fact]
    public void The_valid_base_loads()
    {
        var calendar = Load(Valid);
        Assert.False(calendar.IsSession(new DateOnly(2024, 5, 1)));
        Assert.True(calendar.TryGetSession(new DateOnly(2024, 12, 24), out var eve));
        Assert.True(eve.IsEarlyClose);
    }

    [Theory]
    [InlineData("\"day\": 1 } },\n", "\"dya\": 1 } },\n", 8, "$.holidays[0].date.dya", "is not a property here")]
    [InlineData("\"close\": \"14:00\"", "\"close\": \"2pm\"", 12, "$.earlyCloses[0].close", "write HH:mm")]
    [InlineData("\"timeZone\": \"Europe/Paris\"", "\"timeZone\": \"Europe/Parid\"", 3, "$.timeZone", "IANA id")]
    [InlineData("\"month\": 5, \"day\": 1", "\"month\": 5, \"weekday\": \"Mondy\", \"nth\": 1", 9, "$.holidays[1].date.weekday", "Monday..Sunday")]
    [InlineData("\"month\": 5, \"day\": 1", "\"month\": 5, \"weekday\": \"Monday\", \"nth\": 5", 9, "$.holidays[1].date.nth", "1..4 or \"last\"")]
    [InlineData("{ \"name\": \"Labour Day\", ", "{ ", 9, "$.holidays[1]", "\"name\" is missing")]
    [InlineData("\"close\": \"17:30\"", "\"close\": \"08:30\"", 6, "$.hours[0]", "must be before the close")]
    [InlineData("\"exchange\": \"XERR\"", "\"exchange\": \"X ERR\"", 2, "$.exchange", "use its MIC")]
    [InlineData("\"lastDate\": \"2024-12-31\"", "\"lastDate\": \"2024-31-12\"", 5, "$.lastDate", "write yyyy-MM-dd")]
    public void A_mistake_names_the_file_line_path_and_fix(string find, string replace, int line, string path, string fix)
    {
        var text = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);

        var error = Assert.Throws<CalendarDefinitionException>(() => Load(text));

        Assert.Equal("paris.json", error.SourceName);
        Assert.Equal(path, error.JsonPath);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"paris.json({line}) at {path}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(fix, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_names_its_line()
    {
        var error = Assert.Throws<CalendarDefinitionException>(() => Load(Valid.Replace("\"hours\": [", "\"hours\" [", StringComparison.Ordinal)));

        Assert.Equal(6, error.Line);
        Assert.StartsWith("paris.json(6)", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_echoed_value_is_clipped_and_escaped()
    {
        var error = Assert.Throws<CalendarDefinitionException>(() =>
            Load(Valid.Replace("\"Europe/Paris\"", "\"" + new string('x', 500) + "\\n\"", StringComparison.Ordinal)));

        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), "prv-no-such-calendar-" + Guid.NewGuid().ToString("N") + ".json");

        var error = Assert.Throws<CalendarDefinitionException>(() => ExchangeCalendars.Load(path));

        Assert.Equal(path, error.SourceName);
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_early_close_outside_the_hours_names_the_file()
    {
        var error = Assert.Throws<CalendarDefinitionException>(() => Load(Valid.Replace("\"14:00\"", "\"18:00\"", StringComparison.Ordinal)));

        Assert.StartsWith("paris.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Christmas Eve", error.Message, StringComparison.Ordinal);
    }

    private static ITradingCalendar Load(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return ExchangeCalendars.Load(stream, "paris.json");
    }
}
