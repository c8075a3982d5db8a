using System;
using System.Linq;
using Provisioning.Data;
using Provisioning.Session;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session;

/// <summary>The buffer a history load fills for its addition's commit.</summary>
public sealed class HistoryBufferTests
{
    private static readonly DateTime Open = new(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Bars_added_past_the_expected_count_are_all_kept_in_order()
    {
        using var buffer = new HistoryBuffer(capacity: 3);
        for (var minute = 0; minute < 1000; minute++)
        {
            buffer.Add(Minute(minute));
        }

        buffer.AddRange(Enumerable.Range(1000, 500).Select(Minute).ToArray());

        Assert.Equal(1500, buffer.Count);
        Assert.Equal(Enumerable.Range(0, 1500).Select(m => Open.AddMinutes(m)), buffer.Bars.ToArray().Select(b => b.Start));
    }

    [Fact]
    public void A_buffer_expecting_nothing_takes_bars_and_is_empty_once_disposed()
    {
        var buffer = new HistoryBuffer(capacity: 0);
        buffer.Add(Minute(0));
        Assert.Equal(Open, buffer.Bars[0].Start);

        buffer.Dispose();

        Assert.Equal(0, buffer.Count);
        Assert.True(buffer.Bars.IsEmpty);
    }

    private static Bar Minute(int minute) => new(Open.AddMinutes(minute), 1, 2, 0.5, 1.5, minute);
}
