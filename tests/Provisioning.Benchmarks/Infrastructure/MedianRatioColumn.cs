using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Provisioning.Benchmarks.Infrastructure;

/// <summary>
/// The median of a benchmark divided by the median of its baseline in the same group. BenchmarkDotNet's own Ratio
/// column compares means; on a shared machine the median is the steadier figure, and docs/benchmarks.md quotes it.
/// </summary>
public sealed class MedianRatioColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(MedianRatioColumn);

    /// <inheritdoc />
    public string ColumnName => "Median ratio";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Baseline;

    /// <inheritdoc />
    public int PriorityInCategory => 10;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Median of this benchmark / median of the baseline in its group";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var own = summary[benchmarkCase]?.ResultStatistics;
        var reference = baseline is null ? null : summary[baseline]?.ResultStatistics;
        if (own is null || reference is null || reference.Median <= 0)
        {
            return "?";
        }

        return (own.Median / reference.Median).ToString("0.000", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public override string ToString() => ColumnName;
}
