using Provisioning.Calendar;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;
using static Provisioning.Core.Tests.Indicators.TestBars;

namespace Provisioning.Core.Tests.Indicators;

public class VwapTests
{
    private static readonly TradingSession AnySession = default;

    [Fact]
    public void Vwap_weighs_typical_prices_by_volume_and_restarts_at_each_session()
    {
        // Bar 1: typical (10 + 8 + 9)/3 = 9, volume 100 → 900 / 100 = 9.
        // Bar 2: typical (12 + 9 + 11)/3 = 32/3, volume 300 → (900 + 3200) / 400 = 10.25.
        // Bar 3: typical (11 + 10 + 10.5)/3 = 10.5, volume 600 → (4100 + 6300) / 1000 = 10.4.
        // New session, bar 4: typical (20 + 18 + 19)/3 = 19, volume 50 → 19, nothing of the day before.
        IIndicator vwap = new Vwap();
        vwap.OnSessionStart(AnySession);
        vwap.Update(Hlcv(10, 8, 9, 100));
        Assert.Equal(9.0, vwap.Value);
        vwap.Update(Hlcv(12, 9, 11, 300));
        AssertClose(10.25, vwap.Value, 1e-12);
        vwap.Update(Hlcv(11, 10, 10.5, 600));
        AssertClose(10.4, vwap.Value, 1e-12);

        vwap.OnSessionStart(AnySession);
        Assert.False(vwap.IsReady);
        Assert.True(double.IsNaN(vwap.Value));
        vwap.Update(Hlcv(20, 18, 19, 50));
        Assert.Equal(19.0, vwap.Value);
    }

    [Fact]
    public void Vwap_is_NaN_while_no_volume_has_traded()
    {
        var vwap = new Vwap();
        vwap.Update(Hlcv(10, 8, 9, 0));
        Assert.True(vwap.IsReady);
        Assert.True(double.IsNaN(vwap.Value));
        vwap.Update(Hlcv(12, 9, 12, 10));
        Assert.Equal(11.0, vwap.Value);
    }
}
