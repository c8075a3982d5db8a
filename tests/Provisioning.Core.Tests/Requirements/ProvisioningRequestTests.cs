using Provisioning.Collections;
using Provisioning.Indicators;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Requirements;

public sealed class ProvisioningRequestTests
{
    [Fact]
    public void Each_request_names_its_operation()
    {
        var spec = new IndicatorSpec("sma", EquatableArray<IndicatorParameter>.Of(new IndicatorParameter("period", 20)), Interval.Minutes(5), 20);

        Assert.Equal(OperationType.Symbol, new SymbolRequest("AAPL").Operation);
        Assert.Equal(OperationType.Bar, new BarRequest("AAPL", "5m").Operation);
        Assert.Equal(OperationType.Indicator, new IndicatorRequest("AAPL", spec).Operation);
    }

    [Fact]
    public void Requests_default_to_ad_hoc_and_compare_by_value()
    {
        var bar = new BarRequest("AAPL", "5m", Days: 3);

        Assert.Equal(ProvisionSource.Adhoc, bar.Source);
        Assert.False(bar.HistoricalOnly);
        Assert.Equal(new BarRequest("AAPL", "5m", 3, false, ProvisionSource.Adhoc), bar);
        Assert.NotEqual(bar with { Source = ProvisionSource.Scanner }, bar);
        Assert.NotEqual<ProvisioningRequest>(new SymbolRequest("AAPL"), new BarRequest("AAPL", "1m"));
    }

    [Fact]
    public void Interval_requirement_is_a_base_when_built_from_nothing()
    {
        Assert.True(new IntervalRequirement(Interval.Minutes(1), null).IsBase);
        Assert.False(new IntervalRequirement(Interval.Minutes(5), Interval.Minutes(1)).IsBase);
    }
}
