using System;
using System.Globalization;
using Provisioning.Json;

namespace Provisioning.Calendar.Loading;

/// <summary>
/// The line a JSON path (<c>$.holidays[2].date</c>) is written on in a document read by the positioned parser, so an
/// error found while reading can name its line: a property's name, an array item's start, or the root.
/// </summary>
internal static class JsonPathLine
{
    /// <summary>The 1-based line of the property or value at <paramref name="path"/>; null when the path is not in the document.</summary>
    public static int? Of(JsonNode? root, string path)
    {
        if (root is null || !path.StartsWith('$'))
        {
            return null;
        }

        var node = root;
        var line = root.Span.Line;
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                var property = (node as JsonObjectNode)?.Find(path.Substring(i + 1, end - i - 1));
                if (property is null)
                {
                    return null;
                }

                node = property.Value;
                line = property.NameNode.Span.Line;
                i = end;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0
                    || !int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || node is not JsonArrayNode array
                    || index >= array.Items.Count)
                {
                    return null;
                }

                node = array.Items[index];
                line = node.Span.Line;
                i = close + 1;
            }
            else
            {
                return null;
            }
        }

        return line;
    }
}
