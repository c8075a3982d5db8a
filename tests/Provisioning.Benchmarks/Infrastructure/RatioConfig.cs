using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Provisioning.Benchmarks.Infrastructure;

/// <summary>Adds the median and its ratio to the baseline to every summary of the class it is put on.</summary>
public class RatioConfig : ManualConfig
{
    /// <summary>Median and median ratio columns.</summary>
    public RatioConfig()
    {
        AddColumn(StatisticColumn.Median, new MedianRatioColumn());
    }
}
