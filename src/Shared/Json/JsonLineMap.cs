using System.Collections.Generic;

namespace Provisioning.Json;

/// <summary>
/// Turns character offsets into 1-based lines and columns. Line breaks are those the compiler counts (Roslyn's
/// <c>SourceText</c>): "\n", "\r\n", "\r", U+0085, U+2028 and U+2029, so the build, the CLI and the runtime name the
/// same line and column.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly List<int> _lineStarts = new() { 0 };

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    public JsonLineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                _lineStarts.Add(i + 1);
            }
            else if (IsLineBreak(c))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The span of <paramref name="length"/> characters from <paramref name="start"/>, with its line and column.</summary>
    public JsonSpan Span(int start, int length)
    {
        var low = 0;
        var high = _lineStarts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_lineStarts[middle] <= start)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return new JsonSpan(start, length, low + 1, start - _lineStarts[low] + 1);
    }

    /// <summary>True for a character that ends a line: "\n", "\r", U+0085, U+2028 or U+2029.</summary>
    public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
}
