using System;
using Provisioning.Data;

namespace Provisioning.Core.Tests.Data;

/// <summary>The one rule for bars in time order, shared by the store's decoder, the replay and the history merge.</summary>
public sealed class BarOrderTests
{
    private static readonly DateTime Open = new(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Bars_out_of_order_with_a_repeated_start_come_back_by_start_keeping_the_first_copy_read()
    {
        // Built by hand: 14:32, 14:30 (close 1), 14:31, 14:30 again (close 2).
        Bar[] read = [At(2, 3), At(0, 1), At(1, 5), At(0, 2)];

        var sorted = BarOrder.SortedByStart(read);

        Assert.Equal([At(0, 1), At(1, 5), At(2, 3)], sorted);
        Assert.False(BarOrder.IsStrictlyIncreasing(read));
        Assert.True(BarOrder.IsStrictlyIncreasing(sorted));
    }

    [Fact]
    public void A_repeated_start_is_not_strictly_increasing()
    {
        Assert.False(BarOrder.IsStrictlyIncreasing([At(0, 1), At(0, 1)]));
        Assert.True(BarOrder.IsStrictlyIncreasing([At(0, 1), At(1, 1)]));
    }

    private static Bar At(int minute, double close) => new(Open.AddMinutes(minute), close, close, close, close, 100);
}
