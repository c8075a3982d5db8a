namespace Provisioning.Benchmarks.Infrastructure;

/// <summary>
/// <see cref="RatioConfig"/> and millions of bars per second, for benchmarks whose operation is one bar.
/// </summary>
public sealed class PerBarConfig : RatioConfig
{
    /// <summary>Median, median ratio and bars per second columns.</summary>
    public PerBarConfig()
    {
        AddColumn(new BarsPerSecondColumn());
    }
}
