using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

public class WmaTests
{
    [Fact]
    public void Four_bar_wma_weighs_the_newest_close_four_times_the_oldest()
    {
        // By hand, weights 1, 2, 3, 4 (newest 4), divisor 4·5/2 = 10:
        //   closes 10, 12, 11, 15 → (10·1 + 12·2 + 11·3 + 15·4) / 10 = (10 + 24 + 33 + 60) / 10 = 12.7
        //   closes 12, 11, 15, 14 → (12·1 + 11·2 + 15·3 + 14·4) / 10 = (12 + 22 + 45 + 56) / 10 = 13.5
        //   closes 11, 15, 14, 9  → (11·1 + 15·2 + 14·3 +  9·4) / 10 = (11 + 30 + 42 + 36) / 10 = 11.9
        var values = FeedCloses(new Wma(4), [10, 12, 11, 15, 14, 9]);

        Assert.True(double.IsNaN(values[2]));
        AssertClose(12.7, values[3], 1e-12);
        AssertClose(13.5, values[4], 1e-12);
        AssertClose(11.9, values[5], 1e-12);
    }

    [Fact]
    public void Wma_of_one_is_the_close()
    {
        Assert.Equal([4, 8], FeedCloses(new Wma(1), [4, 8]));
    }
}
