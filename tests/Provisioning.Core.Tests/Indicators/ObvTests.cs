using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

public class ObvTests
{
    [Fact]
    public void Obv_adds_volume_on_up_closes_and_subtracts_it_on_down_closes()
    {
        // By hand: closes 10, 11, 11, 10.5, 12 with volumes 100, 200, 150, 300, 250:
        // start 0; 11 > 10: +200 = 200; 11 = 11: 200; 10.5 < 11: −300 = −100; 12 > 10.5: +250 = 150.
        var obv = new Obv();
        double[] closes = [10, 11, 11, 10.5, 12];
        double[] volumes = [100, 200, 150, 300, 250];
        double[] expected = [0, 200, 200, -100, 150];
        for (var i = 0; i < closes.Length; i++)
        {
            obv.Update(Hlcv(closes[i], closes[i], closes[i], volumes[i], i));
            Assert.Equal(expected[i], obv.Value);
        }
    }
}
