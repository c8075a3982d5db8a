using System.Globalization;
using Provisioning.Json;

namespace Provisioning.Cli.Loading;

/// <summary>Finds the value at a JSON path such as <c>indicators[0].interval</c> in a parsed config, for its line and column.</summary>
internal static class ConfigPathLocator
{
    /// <summary>The value at <paramref name="path"/>, or the deepest value on the way to it; null without a document.</summary>
    public static JsonNode? Find(JsonNode? root, string path)
    {
        var node = root;
        if (node is null || path.Length == 0)
        {
            return node;
        }

        foreach (var segment in path.Split('.'))
        {
            var name = segment;
            var index = -1;
            var bracket = segment.IndexOf('[', System.StringComparison.Ordinal);
            if (bracket >= 0 && segment.EndsWith(']'))
            {
                name = segment[..bracket];
                if (!int.TryParse(segment[(bracket + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out index))
                {
                    return node;
                }
            }

            if (node is not JsonObjectNode obj || obj.Find(name) is not { } property)
            {
                return node;
            }

            node = property.Value;
            if (index >= 0)
            {
                if (node is not JsonArrayNode array || index >= array.Items.Count)
                {
                    return node;
                }

                node = array.Items[index];
            }
        }

        return node;
    }
}
