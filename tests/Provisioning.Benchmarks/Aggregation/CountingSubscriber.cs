using Provisioning.Aggregation;
using Provisioning.Data;

namespace Provisioning.Benchmarks.Aggregation;

/// <summary>Counts the bars an aggregator delivers and sums their closes (so the delivered bars are used).</summary>
public sealed class CountingSubscriber : IBarSubscriber
{
    /// <summary>Bars received.</summary>
    public long Bars { get; private set; }

    /// <summary>The sum of their closes.</summary>
    public double Closes { get; private set; }

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        Bars++;
        Closes += bar.Close;
    }
}
