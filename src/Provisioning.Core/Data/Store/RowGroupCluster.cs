using System.Collections.Generic;

namespace Provisioning.Data.Store;

/// <summary>
/// Row groups of one file whose spans overlap or touch, read together and ordered as one so that rows in any order
/// across them lose nothing. In a file written in time order every row group is a cluster of its own. A cluster is
/// never larger than its file.
/// </summary>
/// <param name="FirstTicks">The earliest start of its row groups (from their statistics).</param>
/// <param name="LastTicks">The latest start of its row groups.</param>
/// <param name="Groups">Its row groups in file order, the order in which duplicates are decided.</param>
internal sealed record RowGroupCluster(long FirstTicks, long LastTicks, List<RowGroupSpan> Groups)
{
    /// <summary>Groups <paramref name="groups"/> (any order) into clusters, earliest first; clusters never overlap.</summary>
    public static List<RowGroupCluster> Build(List<RowGroupSpan> groups)
    {
        var byFirst = new List<RowGroupSpan>(groups);
        byFirst.Sort((a, b) => a.FirstTicks.CompareTo(b.FirstTicks));
        var clusters = new List<RowGroupCluster>(byFirst.Count);
        RowGroupCluster? current = null;
        foreach (var group in byFirst)
        {
            if (current is not null && group.FirstTicks <= current.LastTicks)
            {
                current.Groups.Add(group);
                current = current with { LastTicks = System.Math.Max(current.LastTicks, group.LastTicks) };
                clusters[^1] = current;
                continue;
            }

            current = new RowGroupCluster(group.FirstTicks, group.LastTicks, [group]);
            clusters.Add(current);
        }

        foreach (var cluster in clusters)
        {
            cluster.Groups.Sort((a, b) => a.Index.CompareTo(b.Index));
        }

        return clusters;
    }
}
