using Provisioning.Text;

namespace Provisioning.Core.Tests.Text;

/// <summary>The one wording of a parameter's range, shared by generator diagnostics and config issues.</summary>
public sealed class ParameterRangeTextTests
{
    [Fact]
    public void Each_kind_of_range_reads_as_written_by_hand()
    {
        Assert.Equal("between 1 and 500", ParameterRangeText.Describe(1, 500));
        Assert.Equal("at least 0.5", ParameterRangeText.Describe(0.5, double.PositiveInfinity));
        Assert.Equal("at most 3", ParameterRangeText.Describe(double.NegativeInfinity, 3));
        Assert.Equal("any value", ParameterRangeText.Describe(double.NegativeInfinity, double.PositiveInfinity));
    }
}
