using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Provisioning.TestSupport;

/// <summary>A run report as text without what differs between two runs of the same sessions: the times measured.</summary>
internal static class RunReportText
{
    /// <summary><paramref name="report"/> as JSON text with every <c>…Milliseconds</c> property removed, at any depth.</summary>
    public static string WithoutTimings(JsonElement report)
    {
        var node = JsonNode.Parse(report.GetRawText())!;
        Strip(node);
        return node.ToJsonString();
    }

    private static void Strip(JsonNode? node)
    {
        if (node is JsonObject item)
        {
            foreach (var name in item.Select(p => p.Key).Where(k => k.EndsWith("Milliseconds", StringComparison.Ordinal)).ToArray())
            {
                item.Remove(name);
            }

            foreach (var (_, child) in item)
            {
                Strip(child);
            }
        }
        else if (node is JsonArray list)
        {
            foreach (var child in list)
            {
                Strip(child);
            }
        }
    }
}
