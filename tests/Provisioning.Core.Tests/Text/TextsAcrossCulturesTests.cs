using System;
using System.Globalization;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Text;

/// <summary>
/// Texts a user compares with read the same on every machine: a history load is "94.9%" and "2024-11-25 14:30Z"
/// under de-DE as under en-US, and counts name the right plural.
/// </summary>
public sealed class TextsAcrossCulturesTests
{
    [Fact]
    public void A_history_load_reads_the_same_under_de_DE()
    {
        // 1,850 of 1,950 expected: 1850 / 1950 = 0.94871... = 94.9 % to one decimal.
        var load = new HistoryLoad("AAPL", Interval.Minutes(1), new DateTime(2024, 11, 19, 14, 30, 0, DateTimeKind.Utc), new DateTime(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc), 1850, 1950);

        var text = InCulture("de-DE", load.ToString);

        Assert.Equal("AAPL 1m: 1,850 of 1,950 expected bars (94.9%) from 2024-11-19 14:30Z to 2024-11-26 14:30Z", text);
    }

    [Theory]
    [InlineData(1, "AAPL 1m: 1 file cannot be used: broken")]
    [InlineData(2, "AAPL 1m: 2 files cannot be used: broken")]
    public void Unusable_files_are_counted_with_a_real_plural(int files, string expected)
    {
        var problems = new BarFileProblem[files];
        for (var i = 0; i < files; i++)
        {
            problems[i] = new BarFileProblem("f" + i + ".parquet", BarProblemKind.Unreadable, "broken");
        }

        var availability = new SeriesAvailability("AAPL", Interval.Minutes(1)) { Problems = new(problems) };

        var coverage = CoverageCalculator.Compute(availability, new DateTime(2024, 11, 25, 14, 30, 0, DateTimeKind.Utc), new DateTime(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc), calendar: null);

        Assert.Equal(expected, coverage.Reason);
    }

    internal static string InCulture(string name, Func<string> text)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return text();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
